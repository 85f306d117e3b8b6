import type { Database } from '../../db/database';
import type { NodeRow } from '../link/link.repository';

export interface SearchRow extends NodeRow {
  score: number;
  quote?: string;
}

export class SearchRepository {
  constructor(private readonly database: Database) {}

  async nodes(query: string, labels: string[] | null, limit: number): Promise<SearchRow[]> {
    return (await this.database.read('search/nodes', { query, labels, limit })) as unknown as SearchRow[];
  }

  /** Name and aliases of every entity that has aliases, for alias expansion. */
  async spellings(): Promise<string[][]> {
    const rows = await this.database.read('search/spellings');
    return rows.map((row) => [String(row.name), ...(row.aliases as unknown[]).map(String)]);
  }

  async evidence(query: string, labels: string[] | null, limit: number): Promise<SearchRow[]> {
    return (await this.database.read('search/evidence', { query, labels, limit })) as unknown as SearchRow[];
  }
}
