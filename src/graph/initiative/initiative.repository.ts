import type { Database } from '../../db/database';
import type { NodeRow } from '../link/link.repository';

export interface InitiativeQuery {
  themes: string[] | null;
  towns: string[] | null;
  townMatch: 'ANY' | 'ALL';
  townReach: 'IN' | 'TOUCHES';
  partners: string[] | null;
  committees: string[] | null;
  years: number[] | null;
  status: string[] | null;
  keys: string[] | null;
  orderBy: 'NUMBER' | 'TITLE' | 'PAGE';
  descending: boolean;
  offset: number;
  limit: number;
}

export class InitiativeRepository {
  constructor(private readonly database: Database) {}

  async page(query: InitiativeQuery): Promise<{ total: number; rows: NodeRow[] }> {
    const [row] = await this.database.read('initiative/filter', { ...query });
    return { total: Number(row?.total ?? 0), rows: (row?.page ?? []) as NodeRow[] };
  }

  /** Keys of every initiative matching the filter, in the query's order (for counts grouped over them). */
  async keys(query: Omit<InitiativeQuery, 'offset' | 'limit'>): Promise<string[]> {
    const [row] = await this.database.read('initiative/filter-keys', { ...query });
    return ((row?.keys ?? []) as unknown[]).map(String);
  }
}
