import type { Database } from '../../db/database';
import type { NodeRow } from '../link/link.repository';

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
    const [row] = await this.database.read('initiative/filter', { ...query });
    return { total: Number(row?.total ?? 0), rows: (row?.page ?? []) as NodeRow[] };
  }
}
