import type { Database } from '../../db/database';
import type { NodeRow, Props } from '../link/link.repository';

/** A relationship as the path queries return it: its properties, type and end keys. */
export interface EdgeRow {
  rel: Props;
  type: string;
  from: string;
  to: string;
}

export interface PathRow {
  nodes: NodeRow[];
  edges: EdgeRow[];
}

export interface NeighborhoodRow {
  start: NodeRow;
  nodes: (NodeRow & { distance: number })[];
  edges: EdgeRow[];
  truncated: boolean;
}

export interface ConnectionQuery {
  from: string;
  to: string;
  maxHops: number;
  labels: string[] | null;
  /** Only links of this basis ('STATED' | 'INFERRED'); null for all. */
  basis: string | null;
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

  async connection(query: ConnectionQuery): Promise<PathRow[]> {
    return (await this.database.read('paths/connection', { ...query })) as unknown as PathRow[];
  }

  /** Null when no entity has the key. */
  async neighborhood(query: NeighborhoodQuery): Promise<NeighborhoodRow | null> {
    const [row] = await this.database.read('paths/neighborhood', { ...query });
    return (row as unknown as NeighborhoodRow | undefined) ?? null;
  }
}
