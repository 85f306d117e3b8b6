import type { Database } from '../../db/database';
import { decodeRows, list, number, object, string } from '../../db/row-decoder';
import { nodeProps } from '../common/rows';

/** search/nodes: a node that matched, with its Lucene score. */
export const nodeHitRow = object({ target: nodeProps, labels: list(string), score: number });
/** search/evidence: the node a matching link starts from, with the quote that matched. */
export const evidenceHitRow = object({ target: nodeProps, labels: list(string), score: number, quote: string });

/** search/spellings: an entity's name and its aliases. */
export const spellingRow = object({ name: string, aliases: list(string) });

export type SearchRow = ReturnType<typeof nodeHitRow> & { quote?: string };

export class SearchRepository {
  constructor(private readonly database: Database) {}

  async nodes(query: string, labels: string[] | null, limit: number): Promise<SearchRow[]> {
    return decodeRows('search/nodes', await this.database.read('search/nodes', { query, labels, limit }), nodeHitRow);
  }

  /** Name and aliases of the entities with aliases that the text may name (spellingsQuery), for alias expansion. */
  async spellings(query: string): Promise<string[][]> {
    const rows = decodeRows('search/spellings', await this.database.read('search/spellings', { query }), spellingRow);
    return rows.map((row) => [row.name, ...row.aliases]);
  }

  async evidence(query: string, labels: string[] | null, limit: number): Promise<SearchRow[]> {
    return decodeRows('search/evidence', await this.database.read('search/evidence', { query, labels, limit }), evidenceHitRow);
  }
}
