import type { Database } from '../../db/database';
import { decodeRows, int, object, string } from '../../db/row-decoder';
import { KINDS, LABEL_OF_KIND, type Kind } from '../common/entity.mapper';
import { nodeRow, type NodeRow } from '../common/rows';

/** node/totals: a kind's label and how many nodes carry it. */
export const totalRow = object({ label: string, count: int });

export class NodeRepository {
  constructor(private readonly database: Database) {}

  /** Every node of a kind; the kind maps to a label through a fixed table, never from user text. */
  async all(kind: Kind): Promise<NodeRow[]> {
    return decodeRows('node/by-label', await this.database.read('node/by-label', { label: LABEL_OF_KIND[kind] }), nodeRow);
  }

  /** Every kind with how many entities of it the graph holds, in KINDS order. */
  async totals(): Promise<{ kind: Kind; count: number }[]> {
    const labels = KINDS.map((kind) => LABEL_OF_KIND[kind]);
    const rows = decodeRows('node/totals', await this.database.read('node/totals', { labels }), totalRow);
    const counts = new Map(rows.map((row) => [row.label, row.count]));
    return KINDS.map((kind) => ({ kind, count: counts.get(LABEL_OF_KIND[kind]) ?? 0 }));
  }
}
