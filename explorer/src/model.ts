// What the explorer draws: plain nodes and links as the GraphQL API returns them.

/** GraphQL type name of a node, which is also its kind here; the list is generated from the service's vocabulary. */
import type { Kind } from './generated/node-kinds';

export type { Kind };

export type Basis = 'STATED' | 'INFERRED';

export interface Evidence {
  page: number;
  quote: string;
  basis: Basis;
  rationale: string | null;
}

export interface GraphNode {
  id: string;
  kind: Kind;
  label: string;
  /** The year a Year node stands for, or a Result's year; null otherwise. */
  year: number | null;
}

export interface GraphEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  event: string | null;
  evidence: Evidence;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Per initiative, what the year slider and the theme filter need (loaded once at start). */
export interface InitiativeFacts {
  years: Map<string, number[]>;
  themes: Map<string, string[]>;
  towns: Map<string, string[]>;
  committees?: Map<string, string[]>;
}
