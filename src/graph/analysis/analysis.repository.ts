import type { Database } from '../../db/database';
import { boolean, decodeRows, decodeSingleRow, int, list, object, string } from '../../db/row-decoder';
import { nodeProps, relProps } from '../common/rows';
import type { CoverageCountsData, Dimension, InitiativeDimensions } from './coverage';

const labels = list(string);
const value = object({ id: string, label: string });

/** analysis/coverage: an initiative's values on the five dimensions (empty where not asked). */
export const coverageRow = object({
  initiative: string,
  themes: list(value),
  towns: list(value),
  townsTouched: list(value),
  committees: list(value),
  years: list(value),
  partnerTypes: list(value),
});

/** analysis/coverage-counts: the matrix of two dimensions counted in Neo4j (no ids). */
export const coverageCountsRow = object({
  total: int,
  rows: list(value),
  columns: list(value),
  cells: list(object({ row: string, column: string, count: int })),
});

/** analysis/timeline: a year, its initiatives' events (with the IN_YEAR evidence) and its results. */
export const timelineRow = object({
  year: int,
  events: list(object({ initiative: nodeProps, labels, rel: relProps })),
  results: list(object({ target: nodeProps, labels })),
});
export type TimelineRow = ReturnType<typeof timelineRow>;

/** analysis/trace: strategy → themes → initiatives → results, each step with its link's evidence. */
export const traceResultRow = object({ target: nodeProps, labels, rel: relProps });
export const traceRow = object({
  strategy: nodeProps,
  strategyLabels: labels,
  found: boolean,
  themes: list(
    object({
      theme: nodeProps,
      labels,
      rel: relProps,
      initiatives: list(object({ initiative: nodeProps, labels, rel: relProps, results: list(traceResultRow) })),
    }),
  ),
});
export type TraceRow = ReturnType<typeof traceRow>;

/** analysis/bridges: an entity initiatives link to, with each link's initiative, type, themes and towns. */
export const bridgeRow = object({
  target: nodeProps,
  labels,
  links: list(object({ initiative: string, type: string, themes: list(string), towns: list(string) })),
});
export type BridgeRow = ReturnType<typeof bridgeRow>;

/** Read-only analyses over the whole graph; each method runs one named file in cypher/analysis/. */
export class AnalysisRepository {
  constructor(private readonly database: Database) {}

  /** The counts of one matrix, computed where the data is: one row back, whatever the graph's size. */
  async coverageCounts(rows: Dimension, columns: Dimension): Promise<CoverageCountsData> {
    const row = decodeSingleRow('analysis/coverage-counts', await this.database.read('analysis/coverage-counts', { rows, columns }), coverageCountsRow);
    return row ?? { total: 0, rows: [], columns: [], cells: [] };
  }

  /** Every initiative with its values on the given dimensions (the others empty): a cell's ids, read only when asked. */
  async coverage(dimensions: readonly Dimension[]): Promise<InitiativeDimensions[]> {
    return decodeRows('analysis/coverage', await this.database.read('analysis/coverage', { dimensions: [...dimensions] }), coverageRow);
  }

  async timeline(from: number | null, to: number | null, basis: string | null = null): Promise<TimelineRow[]> {
    return decodeRows('analysis/timeline', await this.database.read('analysis/timeline', { from, to, basis }), timelineRow);
  }

  /** null when the graph has no strategy node (nothing loaded). */
  async trace(themeKey: string | null, initiativeKey: string | null, basis: string | null = null): Promise<TraceRow | null> {
    return decodeSingleRow('analysis/trace', await this.database.read('analysis/trace', { themeKey, initiativeKey, basis }), traceRow);
  }

  async bridges(): Promise<BridgeRow[]> {
    return decodeRows('analysis/bridges', await this.database.read('analysis/bridges'), bridgeRow);
  }
}
