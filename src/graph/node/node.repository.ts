import type { Database } from '../../db/database';
import { LABEL_OF_KIND, type Kind } from '../common/entity.mapper';
import type { NodeRow } from '../link/link.repository';

export class NodeRepository {
  constructor(private readonly database: Database) {}

  /** Every node of a kind; the kind maps to a label through a fixed table, never from user text. */
  async all(kind: Kind): Promise<NodeRow[]> {
    return (await this.database.read('node/by-label', { label: LABEL_OF_KIND[kind] })) as unknown as NodeRow[];
  }
}
