import type { Database } from '../../db/database';
import { decodeRows, decodeSingleRow, int, list, object, string } from '../../db/row-decoder';
import { LABEL_OF_KIND } from '../common/entity.mapper';
import { edgeRow, nodeRow } from '../common/rows';

/** explore/subgraph: the entities found and every relationship among them (always one row). */
export const subgraphRow = object({ nodes: list(nodeRow), edges: list(edgeRow) });
export type SubgraphRow = ReturnType<typeof subgraphRow>;

/** explore/neighbor-counts: per entity, its neighbours per kind label (collect() drops an isolated entity's null). */
export const neighborCountRow = object({ key: string, kinds: list(object({ label: string, count: int })) });
export type NeighborCountRow = ReturnType<typeof neighborCountRow>;

/** Queries behind the graph explorer: induced subgraphs and neighbour counts, one query per call. */
export class ExploreRepository {
  constructor(private readonly database: Database) {}

  async subgraph(keys: string[]): Promise<SubgraphRow> {
    return decodeSingleRow('explore/subgraph', await this.database.read('explore/subgraph', { keys }), subgraphRow) ?? { nodes: [], edges: [] };
  }

  async neighborCounts(keys: string[]): Promise<NeighborCountRow[]> {
    const kindLabels = Object.values(LABEL_OF_KIND);
    return decodeRows('explore/neighbor-counts', await this.database.read('explore/neighbor-counts', { keys, kindLabels }), neighborCountRow);
  }
}
