import { int, list, object, oneOf, optional, properties, string } from '../../db/row-decoder';

// The row shapes most queries share: a node with its labels, and a relationship's evidence.
// Repositories compose their own rows from these (see *.rows.ts beside each repository).

/** A node's properties: `key` and `id` checked (every node has both), the rest read by the GraphQL types. */
export const nodeProps = properties({ key: string, id: string });
export type NodeProps = ReturnType<typeof nodeProps>;

/** `{target: properties(n), labels: labels(n)}`: the usual way a query returns a node. */
export const nodeRow = object({ target: nodeProps, labels: list(string) });
export type NodeRow = ReturnType<typeof nodeRow>;

/** A relationship's properties: every link of the graph carries its evidence (src/dataset/to-graph.ts). */
export const relProps = properties({
  key: string,
  page: int,
  quote: string,
  basis: oneOf(['STATED', 'INFERRED'] as const),
  rationale: optional(string),
  event: optional(string),
});
export type RelProps = ReturnType<typeof relProps>;

/** `{rel, type, from, to}`: a relationship with its type and end keys (path and subgraph queries). */
export const edgeRow = object({ rel: relProps, type: string, from: string, to: string });
export type EdgeRow = ReturnType<typeof edgeRow>;
