import { toEntity, toEvidence, type EntityObject } from '../common/entity.mapper';
import { Basis, type Evidence } from '../common/evidence.type';
import { ChainGap } from '../result/result-enums';
import type { ChainInitiativeRow, ChainRow } from './results-chain.repository';

export interface ChainFilter {
  /** Result levels to keep (dataset values, e.g. "resultat"); null keeps all. */
  levels: string[] | null;
  /** Lowest support grade to keep; null keeps all. */
  minSupport: number | null;
  /** Keep only initiatives whose theme link has this basis; null keeps all. */
  basis: Basis | null;
}

export interface WeakestLinkObject {
  basis: Basis;
  support: number | null;
}

export interface ChainResultObject {
  result: EntityObject;
  evidence: Evidence;
  gaps: ChainGap[];
  weakestLink: WeakestLinkObject;
}

export interface ChainInitiativeObject {
  initiative: EntityObject;
  themeLink: Evidence;
  results: ChainResultObject[];
  resultCount: number;
  gaps: ChainGap[];
  weakestLink: WeakestLinkObject;
}

export interface ResultsChainObject {
  strategy: EntityObject;
  themes: { theme: EntityObject; evidence: Evidence; initiatives: ChainInitiativeObject[] }[];
}

const lowest = (...bases: Basis[]): Basis => (bases.includes(Basis.INFERRED) ? Basis.INFERRED : Basis.STATED);
const min = (grades: number[]): number | null => (grades.length > 0 ? Math.min(...grades) : null);
// A result without a support claim has nothing behind it but the text: grade 0.
const gradeOf = (result: EntityObject): number => (typeof result.supportGrade === 'number' ? result.supportGrade : 0);
const hasFigure = (result: EntityObject): boolean => typeof result.value === 'number';

/**
 * Builds the chain from the query's tree: applies the filters, and marks gaps and weakest links.
 * Pure, so that the rules can be read and tested on their own.
 */
export function buildChain(row: ChainRow, filter: ChainFilter): ResultsChainObject {
  return {
    strategy: toEntity(row.strategy, row.strategyLabels),
    themes: row.themes.map((theme) => {
      const evidence = toEvidence(theme.rel);
      return {
        theme: toEntity(theme.node, theme.labels),
        evidence,
        initiatives: theme.initiatives
          .map((initiative) => chainInitiative(initiative, evidence.basis, filter))
          .filter((initiative): initiative is ChainInitiativeObject => initiative !== null),
      };
    }),
  };
}

function chainInitiative(row: ChainInitiativeRow, themeBasis: Basis, filter: ChainFilter): ChainInitiativeObject | null {
  const themeLink = toEvidence(row.rel);
  if (filter.basis !== null && themeLink.basis !== filter.basis) return null;
  const pathBasis = lowest(themeBasis, themeLink.basis);
  const all = row.results.map((result) => ({ result: toEntity(result.node, result.labels), evidence: toEvidence(result.rel) }));
  const shown = all.filter(({ result }) => passes(result, filter));
  // With a result filter, an initiative with nothing left says nothing about the question asked.
  if ((filter.levels !== null || filter.minSupport !== null) && shown.length === 0) return null;

  const results = shown.map(({ result, evidence }) => chainResult(result, evidence, pathBasis));
  const gaps: ChainGap[] = [];
  if (all.length === 0) gaps.push(ChainGap.NO_RESULT);
  if (all.length > 0 && !all.some(({ result }) => hasFigure(result))) gaps.push(ChainGap.NO_FIGURE);
  if (all.length > 0 && all.every(({ result }) => gradeOf(result) === 0)) gaps.push(ChainGap.ASSERTION_ONLY);
  if (pathBasis === Basis.INFERRED) gaps.push(ChainGap.INFERRED_THEME_LINK);
  return {
    initiative: toEntity(row.node, row.labels),
    themeLink,
    results,
    resultCount: all.length,
    gaps,
    weakestLink: {
      basis: lowest(pathBasis, ...results.map((result) => result.weakestLink.basis)),
      support: min(results.map((result) => gradeOf(result.result))),
    },
  };
}

function chainResult(result: EntityObject, evidence: Evidence, pathBasis: Basis): ChainResultObject {
  const gaps: ChainGap[] = [];
  if (!hasFigure(result)) gaps.push(ChainGap.NO_FIGURE);
  if (gradeOf(result) === 0) gaps.push(ChainGap.ASSERTION_ONLY);
  if (pathBasis === Basis.INFERRED) gaps.push(ChainGap.INFERRED_THEME_LINK);
  return { result, evidence, gaps, weakestLink: { basis: lowest(pathBasis, evidence.basis), support: gradeOf(result) } };
}

function passes(result: EntityObject, filter: ChainFilter): boolean {
  if (filter.levels !== null && !filter.levels.includes(String(result.level))) return false;
  if (filter.minSupport !== null && gradeOf(result) < filter.minSupport) return false;
  return true;
}
