import type { Database } from '../../db/database';
import { KINDS, LABEL_OF_KIND, type Kind } from '../common/entity.mapper';
import type { NodeRow } from '../link/link.repository';

export class NodeRepository {
  constructor(private readonly database: Database) {}

  /** Every node of a kind; the kind maps to a label through a fixed table, never from user text. */
  async all(kind: Kind): Promise<NodeRow[]> {
    return (await this.database.read('node/by-label', { label: LABEL_OF_KIND[kind] })) as unknown as NodeRow[];
  }

  /** Every kind with how many entities of it the graph holds, in KINDS order. */
  async totals(): Promise<{ kind: Kind; count: number }[]> {
    const rows = await this.database.read('node/totals', { labels: KINDS.map((kind) => LABEL_OF_KIND[kind]) });
    return rows.map((row, index) => ({ kind: KINDS[index], count: Number(row.count) }));
  }
}
