import type { Database } from '../../db/database';
import { decodeSingleRow, int, list, object } from '../../db/row-decoder';
import { nodeRow, type NodeRow } from '../common/rows';

/** results/filter: the number of matches and one page of them. */
export const resultPageRow = object({ total: int, page: list(nodeRow) });

export interface ResultQuery {
  levels: string[] | null;
  kinds: string[] | null;
  supportSources: string[] | null;
  minSupport: number | null;
  maxSupport: number | null;
  years: number[] | null;
  minValue: number | null;
  maxValue: number | null;
  hasFigure: boolean | null;
  indicators: string[] | null;
  themes: string[] | null;
  towns: string[] | null;
  initiatives: string[] | null;
  orderBy: 'REPORT' | 'VALUE' | 'YEAR';
  descending: boolean;
  offset: number;
  limit: number;
}

export class ResultRepository {
  constructor(private readonly database: Database) {}

  async page(query: ResultQuery): Promise<{ total: number; rows: NodeRow[] }> {
    const row = decodeSingleRow('results/filter', await this.database.read('results/filter', { ...query }), resultPageRow);
    return { total: row?.total ?? 0, rows: row?.page ?? [] };
  }
}
