// The documented maxima of the API's arguments: the resolvers refuse values beyond them
// (BAD_USER_INPUT naming the argument) and the cost directives take them as list sizes.

/** `first` of every paged or ranked list. */
export const MAX_PAGE_SIZE = 100;
/** `maxHops` of connection(). */
export const MAX_HOPS = 6;
/** `depth` of neighborhood(). */
export const MAX_DEPTH = 3;
/** Entities one answer may hold: `limit` of neighborhood(), `ids` of subgraph() and neighborCounts(). */
export const MAX_NODES = 1000;
/** Shortest paths connection() returns at most. */
export const MAX_PATHS = 20;
