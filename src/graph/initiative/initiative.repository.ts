import type { Database } from '../../db/database';
import { decodeSingleRow, int, list, object } from '../../db/row-decoder';
import { nodeRow, type NodeRow } from '../common/rows';

/** initiative/filter: the number of matches and one page of them. */
export const pageRow = object({ total: int, page: list(nodeRow) });

export interface InitiativeQuery {
  themes: string[] | null;
  towns: string[] | null;
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
}
