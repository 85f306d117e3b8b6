import type { Database, Row } from '../../db/database';
import type { NodeRow, Props } from '../link/link.repository';

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
    const [row] = await this.database.read('results/filter', { ...query });
    return decodePage(row);
  }
}

// Decoded at the boundary: a missing column fails here by name.
function decodePage(row: Row | undefined): { total: number; rows: NodeRow[] } {
  if (!row || typeof row.total !== 'number' || !Array.isArray(row.page)) throw new Error('results/filter: columns "total" and "page" expected');
  return {
    total: row.total,
    rows: (row.page as Row[]).map((item) => {
      if (typeof item.target !== 'object' || item.target === null || !Array.isArray(item.labels)) throw new Error('results/filter: page item without target/labels');
      return { target: item.target as Props, labels: item.labels as string[] };
    }),
  };
}
