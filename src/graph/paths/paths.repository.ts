import type { Database } from '../../db/database';
import { boolean, decodeSingleRow, int, list, object, string } from '../../db/row-decoder';
import { edgeRow, nodeProps, nodeRow } from '../common/rows';

export type { EdgeRow } from '../common/rows';

/** One shortest path of paths/connection, nodes and relationships in path order. */
export const pathRow = object({ nodes: list(nodeRow), edges: list(edgeRow) });
export type PathRow = ReturnType<typeof pathRow>;

/** paths/connection: whether each end exists, one page of the shortest paths, and how many there are. */
export const pathPageRow = object({ fromFound: boolean, toFound: boolean, total: int, paths: list(pathRow) });
export type PathPageRow = ReturnType<typeof pathPageRow>;

/** paths/neighborhood: the start, the reached entities with their distance, the links among them. */
export const neighborhoodRow = object({
  start: nodeRow,
  nodes: list(object({ target: nodeProps, labels: list(string), distance: int })),
  edges: list(edgeRow),
  truncated: boolean,
});
export type NeighborhoodRow = ReturnType<typeof neighborhoodRow>;

export interface ConnectionQuery {
  from: string;
  to: string;
  maxHops: number;
  labels: string[] | null;
  /** Only links of this basis ('STATED' | 'INFERRED'); null for all. */
  basis: string | null;
  /** Paths to skip, and paths in the page. */
  offset: number;
  first: number;
}

export interface NeighborhoodQuery {
  key: string;
  depth: number;
  /** Entities besides the start. */
  limit: number;
  labels: string[] | null;
  basis: string | null;
}

export class PathsRepository {
  constructor(private readonly database: Database) {}

  async connection(query: ConnectionQuery): Promise<PathPageRow> {
    const row = decodeSingleRow('paths/connection', await this.database.read('paths/connection', { ...query }), pathPageRow);
    // the statement always returns one row (its matches are optional); none would be a broken query
    if (!row) throw new Error('paths/connection returned no row');
    return row;
  }

  /** Null when no entity has the key. */
  async neighborhood(query: NeighborhoodQuery): Promise<NeighborhoodRow | null> {
    return decodeSingleRow('paths/neighborhood', await this.database.read('paths/neighborhood', { ...query }), neighborhoodRow);
  }
}
