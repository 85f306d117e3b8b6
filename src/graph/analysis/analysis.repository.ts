import type { Database } from '../../db/database';
import { boolean, decodeRows, decodeSingleRow, int, list, object, string } from '../../db/row-decoder';
import { nodeProps, relProps } from '../common/rows';
import type { CoverageCellQuery, CoverageCountsData, Dimension, InitiativeDimensions } from './coverage';
import { decodeStoredMatrix } from './stored-coverage';

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

/** analysis/coverage-cell: a page of one cell's initiative keys. */
export const coverageCellRow = object({ cell: int, ids: list(string) });

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

  /**
   * The counts of one matrix as the load stored them (one node, however big the graph); null for a
   * graph loaded before matrices were stored.
   */
  async storedCoverage(rows: Dimension, columns: Dimension): Promise<CoverageCountsData | null> {
    return decodeStoredMatrix(await this.database.read('analysis/coverage-matrix', { rows, columns }));
  }

  /** A page of the initiative keys of each cell asked, in report order; one statement for all of them. */
  async coverageCells(cells: readonly CoverageCellQuery[]): Promise<string[][]> {
    const rows = decodeRows('analysis/coverage-cell', await this.database.read('analysis/coverage-cell', { cells: [...cells] }), coverageCellRow);
    const pages = cells.map((): string[] => []);
    for (const row of rows) pages[row.cell] = row.ids;
    return pages;
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
