import type { Database } from '../../db/database';
import { decodeSingleRow, int, list, object, string } from '../../db/row-decoder';
import { nodeProps } from '../common/rows';

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

/** organisation/usage: an organisation with its initiatives per role and over the chosen roles. */
export const usageRow = object({ target: nodeProps, labels: list(string), partner: int, mention: int, initiatives: int });
export type UsageRow = ReturnType<typeof usageRow>;
export const usagePage = object({ total: int, page: list(usageRow) });

/** Organisations counted over their roles in initiatives: one query per page. */
export class OrganisationRepository {
  constructor(private readonly database: Database) {}

  async usage(query: UsageQuery): Promise<{ total: number; rows: UsageRow[] }> {
    const row = decodeSingleRow('organisation/usage', await this.database.read('organisation/usage', { ...query }), usagePage);
    return { total: row?.total ?? 0, rows: row?.page ?? [] };
  }
}
