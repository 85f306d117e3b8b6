import type { Database } from '../../db/database';
import { boolean, decodeRows, decodeSingleRow, int, list, nullable, number, object, oneOf, string } from '../../db/row-decoder';
import { nodeProps, relProps } from '../common/rows';

/** One step of the chain: the node reached and the link that reached it (HAS_THEME, SUPPORTS, ACHIEVED). */
const step = { node: nodeProps, labels: list(string), rel: relProps };
const chainResultRow = object(step);
const chainInitiativeRow = object({ ...step, results: list(chainResultRow) });
const chainThemeRow = object({ ...step, initiatives: list(chainInitiativeRow) });

/** results/chain: the strategy, whether the asked theme or initiative exists, and the tree below. */
export const chainRow = object({ strategy: nodeProps, strategyLabels: list(string), found: boolean, themes: list(chainThemeRow) });
export type ChainRow = ReturnType<typeof chainRow>;
export type ChainThemeRow = ChainRow['themes'][number];
export type ChainInitiativeRow = ChainThemeRow['initiatives'][number];
export type ChainNodeRow = ChainInitiativeRow['results'][number];

const scorecardResultRow = object({
  level: nullable(string),
  kind: nullable(string),
  supportGrade: nullable(int),
  value: nullable(number),
  year: nullable(int),
  periodFrom: nullable(int),
  periodTo: nullable(int),
});

/** results/scorecard: per theme, its initiatives with the basis of their link and the facts of their results. */
export const scorecardThemeRow = object({
  theme: nodeProps,
  labels: list(string),
  initiatives: list(object({ initiative: nodeProps, labels: list(string), basis: oneOf(['STATED', 'INFERRED'] as const), results: list(scorecardResultRow) })),
});
export type ScorecardThemeRow = ReturnType<typeof scorecardThemeRow>;
export type ScorecardResultRow = ReturnType<typeof scorecardResultRow>;

/** The results chain and the theme scorecards; each method runs one file of cypher/results/. */
export class ResultsChainRepository {
  constructor(private readonly database: Database) {}

  /** null when the graph has no strategy node (nothing loaded). */
  async chain(themeKey: string | null, initiativeKey: string | null): Promise<ChainRow | null> {
    return decodeSingleRow('results/chain', await this.database.read('results/chain', { themeKey, initiativeKey }), chainRow);
  }

  async scorecards(): Promise<ScorecardThemeRow[]> {
    return decodeRows('results/scorecard', await this.database.read('results/scorecard'), scorecardThemeRow);
  }
}
