import type { Database } from '../../db/database';
import { decodeSingleRow, int, list, object, string } from '../../db/row-decoder';
import { nodeRow, type NodeRow } from '../common/rows';

/** initiative/filter: the number of matches and one page of them. */
export const pageRow = object({ total: int, page: list(nodeRow) });
/** initiative/filter-keys: the keys of every match. */
export const keysRow = object({ keys: list(string) });

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
    const row = decodeSingleRow('initiative/filter', await this.database.read('initiative/filter', { ...query }), pageRow);
    return { total: row?.total ?? 0, rows: row?.page ?? [] };
  }

  /** Keys of every initiative matching the filter, in the query's order (for counts grouped over them). */
  async keys(query: Omit<InitiativeQuery, 'offset' | 'limit'>): Promise<string[]> {
    const row = decodeSingleRow('initiative/filter-keys', await this.database.read('initiative/filter-keys', { ...query }), keysRow);
    return row?.keys ?? [];
  }
}
