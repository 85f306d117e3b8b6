import type { Database } from '../../db/database';
import type { NodeRow } from '../link/link.repository';

export interface UsageQuery {
  /** Relationship types that count, of WITH_PARTNER and MENTIONS. */
  roles: string[];
  kinds: string[] | null;
  types: string[] | null;
  minInitiatives: number;
  orderBy: 'INITIATIVES' | 'NAME';
  offset: number;
  limit: number;
}

export interface UsageRow extends NodeRow {
  partner: number;
  mention: number;
  initiatives: number;
}

/** Organisations counted over their roles in initiatives: one query per page. */
export class OrganisationRepository {
  constructor(private readonly database: Database) {}

  async usage(query: UsageQuery): Promise<{ total: number; rows: UsageRow[] }> {
    const [row] = await this.database.read('organisation/usage', { ...query });
    const page = (row?.page ?? []) as Record<string, unknown>[];
    return {
      total: Number(row?.total ?? 0),
      rows: page.map((item) => ({
        target: item.target as NodeRow['target'],
        labels: item.labels as string[],
        partner: Number(item.partner),
        mention: Number(item.mention),
        initiatives: Number(item.initiatives),
      })),
    };
  }
}
