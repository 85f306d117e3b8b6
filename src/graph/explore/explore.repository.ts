import type { Database } from '../../db/database';
import { LABEL_OF_KIND } from '../common/entity.mapper';
import type { NodeRow } from '../link/link.repository';
import type { EdgeRow } from '../paths/paths.repository';

export interface SubgraphRow {
  nodes: NodeRow[];
  edges: EdgeRow[];
}

export interface NeighborCountRow {
  key: string;
  kinds: { label: string; count: number }[];
}

/** Queries behind the graph explorer: induced subgraphs and neighbour counts, one query per call. */
export class ExploreRepository {
  constructor(private readonly database: Database) {}

  async subgraph(keys: string[]): Promise<SubgraphRow> {
    const [row] = await this.database.read('explore/subgraph', { keys });
    return row as unknown as SubgraphRow;
  }

  async neighborCounts(keys: string[]): Promise<NeighborCountRow[]> {
    const kindLabels = Object.values(LABEL_OF_KIND);
    return (await this.database.read('explore/neighbor-counts', { keys, kindLabels })) as unknown as NeighborCountRow[];
  }
}
