import type { Database } from '../../db/database';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../vocabulary/relationship-types';

export type Direction = 'out' | 'in';
export type Props = Record<string, unknown>;

/** One relationship seen from `source`: its properties and the node at the other end. */
export interface LinkRow {
  source: string;
  rel: Props;
  target: Props;
  labels: string[];
}

export interface NodeRow {
  target: Props;
  labels: string[];
}

export class LinkRepository {
  constructor(private readonly database: Database) {}

  /** One query for all keys: the batch behind every relationship field of the API. */
  async links(type: RelationshipType, direction: Direction, keys: readonly string[]): Promise<LinkRow[]> {
    if (!RELATIONSHIP_TYPES.includes(type)) throw new Error(`Unknown relationship type ${type}`);
    return (await this.database.read(direction === 'out' ? 'link/outgoing' : 'link/incoming', { keys, type })) as unknown as LinkRow[];
  }

  async nodes(keys: readonly string[]): Promise<NodeRow[]> {
    return (await this.database.read('node/by-keys', { keys })) as unknown as NodeRow[];
  }
}
