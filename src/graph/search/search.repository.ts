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

  async evidence(query: string, labels: string[] | null, limit: number): Promise<SearchRow[]> {
    return (await this.database.read('search/evidence', { query, labels, limit })) as unknown as SearchRow[];
  }
}
