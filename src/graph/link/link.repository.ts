import type { Database } from '../../db/database';
import { decodeRows, list, object, string } from '../../db/row-decoder';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../vocabulary/relationship-types';
import { nodeProps, nodeRow, relProps, type NodeRow } from '../common/rows';

export type Direction = 'out' | 'in';
export type { NodeRow };

/** One relationship seen from `source`: its properties and the node at the other end (link/outgoing, link/incoming). */
export const linkRow = object({ source: string, rel: relProps, target: nodeProps, labels: list(string) });
export type LinkRow = ReturnType<typeof linkRow>;

export class LinkRepository {
  constructor(private readonly database: Database) {}

  /** One query for all keys: the batch behind every relationship field of the API. */
  async links(type: RelationshipType, direction: Direction, keys: readonly string[]): Promise<LinkRow[]> {
    if (!RELATIONSHIP_TYPES.includes(type)) throw new Error(`Unknown relationship type ${type}`);
    const query = direction === 'out' ? 'link/outgoing' : 'link/incoming';
    return decodeRows(query, await this.database.read(query, { keys, type }), linkRow);
  }

  async nodes(keys: readonly string[]): Promise<NodeRow[]> {
    return decodeRows('node/by-keys', await this.database.read('node/by-keys', { keys }), nodeRow);
  }
}
