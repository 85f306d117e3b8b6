import type { Database } from '../../db/database';
import { decodeRows } from '../../db/row-decoder';
import { LABEL_OF_KIND, type Kind } from '../common/entity.mapper';
import { nodeRow, type NodeRow } from '../common/rows';

export class NodeRepository {
  constructor(private readonly database: Database) {}

  /** Every node of a kind; the kind maps to a label through a fixed table, never from user text. */
  async all(kind: Kind): Promise<NodeRow[]> {
    return decodeRows('node/by-label', await this.database.read('node/by-label', { label: LABEL_OF_KIND[kind] }), nodeRow);
  }
}
