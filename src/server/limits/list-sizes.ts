import { MAX_PAGE_SIZE } from '../../graph/common/pagination';
import { MAX_DEPTH, MAX_HOPS, MAX_NODES } from '../../graph/paths/paths.resolver';

type Args = Record<string, unknown>;

/** Lists at the root without a size argument hold one kind of entity: the report has at most 100 of each. */
export const ROOT_LIST_SIZE = 100;
/** Lists below the root without a size argument are links of one entity: rarely more than a handful. */
export const NESTED_LIST_SIZE = 10;
/** The strategy has three themes. */
const MAX_THEMES = 3;
/** Results per initiative in the report, rounded up from the mean. */
const MEAN_RESULTS_PER_INITIATIVE = 3;
/** Shortest paths `connection` returns at most. */
const MAX_PATHS = 20;
/** Entities one hop reaches, for estimating how many `neighborhood` finds within `depth` hops. */
const FAN_OUT = 10;

const bounded = (value: unknown, fallback: number, max: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(Math.floor(value), 1), max) : fallback;
const first = (args: Args) => bounded(args.first, 20, MAX_PAGE_SIZE);
const idCount = (args: Args) => bounded(Array.isArray(args.ids) ? args.ids.length : undefined, 1, MAX_NODES);

/**
 * How many items a field is expected to return, from its arguments, for the cost estimate. A size
 * given at a field whose items sit one level down (a page's `edges`, a subgraph's `nodes` and
 * `edges`) is counted there once, and the list below counts 1. Arguments beyond their documented
 * maximum are clamped here, so that the resolver refuses them with BAD_USER_INPUT naming the argument.
 */
const SIZES: Record<string, (args: Args) => number> = {
  'Query.initiativesPage': first,
  'InitiativeConnection.edges': () => 1,
  'Query.partners': first,
  'PartnerRankingConnection.edges': () => 1,
  'Query.bridges': first,
  'Query.coPartners': first,
  'Query.search': first,
  'Query.connection': (args) => MAX_PATHS * (bounded(args.maxHops, 4, MAX_HOPS) + 1),
  'PathResult.nodes': () => 1,
  'PathResult.edges': () => 1,
  'Query.neighborhood': (args) =>
    Math.min(bounded(args.limit, 300, MAX_NODES), FAN_OUT ** bounded(args.depth, 1, MAX_DEPTH)),
  // The explorer's calls answer for each id they are given.
  'Query.subgraph': idCount,
  'Query.neighborCounts': idCount,
  'Subgraph.nodes': () => 1,
  'Subgraph.edges': () => 1,
  'Query.results': first,
  'ResultConnection.edges': () => 1,
  // The results chain: one theme, or the (at most three) themes of one initiative; under a theme at
  // most every initiative; under an initiative the mean number of results (233 over 100, so 3),
  // since the product of the maxima (100 × 13) would refuse the chain view's own query.
  'Query.resultsChain': (args) => (args.initiativeId ? MAX_THEMES : 1),
  'ResultsChain.themes': () => 1,
  'ChainTheme.initiatives': () => ROOT_LIST_SIZE,
  'ChainInitiative.results': () => MEAN_RESULTS_PER_INITIATIVE,
  'Query.themeScorecard': () => MAX_THEMES,
};

/** The size multiplier of `parent.field`; `isList` says whether the field's type is a list. */
export function listSize(parent: string, field: string, isList: boolean, args: Args): number {
  const size = SIZES[`${parent}.${field}`];
  if (size) return size(args);
  if (!isList) return 1;
  return parent === 'Query' ? ROOT_LIST_SIZE : NESTED_LIST_SIZE;
}
