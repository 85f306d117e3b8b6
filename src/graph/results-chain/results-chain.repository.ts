import type { Database, Row } from '../../db/database';
import type { Props } from '../link/link.repository';

/** A node with the link that reached it, as the chain query returns them. */
export interface ChainNodeRow {
  node: Props;
  labels: string[];
  rel: Props;
}

export interface ChainInitiativeRow extends ChainNodeRow {
  results: ChainNodeRow[];
}

export interface ChainThemeRow extends ChainNodeRow {
  initiatives: ChainInitiativeRow[];
}

export interface ChainRow {
  strategy: Props;
  strategyLabels: string[];
  found: boolean;
  themes: ChainThemeRow[];
}

export interface ScorecardResultRow {
  level: string | null;
  kind: string | null;
  supportGrade: number | null;
  value: number | null;
  year: number | null;
  periodFrom: number | null;
  periodTo: number | null;
}

export interface ScorecardInitiativeRow {
  initiative: Props;
  labels: string[];
  basis: string;
  results: ScorecardResultRow[];
}

export interface ScorecardThemeRow {
  theme: Props;
  labels: string[];
  initiatives: ScorecardInitiativeRow[];
}

/** The results chain and the theme scorecards; each method runs one file of cypher/results/. */
export class ResultsChainRepository {
  constructor(private readonly database: Database) {}

  /** null when the graph has no strategy node (nothing loaded). */
  async chain(themeKey: string | null, initiativeKey: string | null): Promise<ChainRow | null> {
    const [row] = await this.database.read('results/chain', { themeKey, initiativeKey });
    return row ? decodeChain(row) : null;
  }

  async scorecards(): Promise<ScorecardThemeRow[]> {
    return (await this.database.read('results/scorecard')).map(decodeScorecardTheme);
  }
}

// Rows are checked at the boundary: a column missing from the query is a programmer's error and
// fails here, by name, rather than as an undefined deep in a resolver.
function column<T>(row: Row, name: string, is: (value: unknown) => boolean): T {
  const value = row[name];
  if (!is(value)) throw new Error(`results-chain row: column "${name}" is missing or malformed`);
  return value as T;
}
const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isList = (value: unknown) => Array.isArray(value);
const isNullableNumber = (value: unknown) => value === null || typeof value === 'number';
const isNullableString = (value: unknown) => value === null || typeof value === 'string';

function decodeNode(row: Row, nodeColumn: string): ChainNodeRow {
  return {
    node: column<Props>(row, nodeColumn, isObject),
    labels: column<string[]>(row, 'labels', isList),
    rel: column<Props>(row, 'rel', isObject),
  };
}

function decodeChain(row: Row): ChainRow {
  return {
    strategy: column<Props>(row, 'strategy', isObject),
    strategyLabels: column<string[]>(row, 'strategyLabels', isList),
    found: column<boolean>(row, 'found', (value) => typeof value === 'boolean'),
    themes: column<Row[]>(row, 'themes', isList).map((theme) => ({
      ...decodeNode(theme, 'theme'),
      initiatives: column<Row[]>(theme, 'initiatives', isList).map((initiative) => ({
        ...decodeNode(initiative, 'initiative'),
        results: column<Row[]>(initiative, 'results', isList).map((result) => decodeNode(result, 'target')),
      })),
    })),
  };
}

function decodeScorecardTheme(row: Row): ScorecardThemeRow {
  return {
    theme: column<Props>(row, 'theme', isObject),
    labels: column<string[]>(row, 'labels', isList),
    initiatives: column<Row[]>(row, 'initiatives', isList).map((initiative) => ({
      initiative: column<Props>(initiative, 'initiative', isObject),
      labels: column<string[]>(initiative, 'labels', isList),
      basis: column<string>(initiative, 'basis', (value) => typeof value === 'string'),
      results: column<Row[]>(initiative, 'results', isList).map((result) => ({
        level: column<string | null>(result, 'level', isNullableString),
        kind: column<string | null>(result, 'kind', isNullableString),
        supportGrade: column<number | null>(result, 'supportGrade', isNullableNumber),
        value: column<number | null>(result, 'value', isNullableNumber),
        year: column<number | null>(result, 'year', isNullableNumber),
        periodFrom: column<number | null>(result, 'periodFrom', isNullableNumber),
        periodTo: column<number | null>(result, 'periodTo', isNullableNumber),
      })),
    })),
  };
}
