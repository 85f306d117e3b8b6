import type { Database } from '../../db/database';
import { boolean, decodeSingleRow, int, list, object, string } from '../../db/row-decoder';
import { nodeProps, nodeRow, relProps } from '../common/rows';

export type PartnerOrderKey = 'INITIATIVES' | 'NAME';

export interface RankingQuery {
  minInitiatives: number;
  /** Organisation type as stored (e.g. 'company'), or null for every type. */
  type: string | null;
  orderBy: PartnerOrderKey;
  offset: number;
  limit: number;
  /** Which lists the request selects: the others come back empty, and cost nothing. */
  withInitiatives: boolean;
  withThemes: boolean;
  withTowns: boolean;
  /** Whether the initiatives, and their links' evidence, are read with only the properties the selection needs (common/lean-rows). */
  leanInitiatives: boolean;
  leanEvidence: boolean;
}

/** partner-analysis/ranking: the total and one page of partners, each with its initiatives (and the WITH_PARTNER evidence), themes and towns. */
export const rankingRow = object({
  partner: nodeRow,
  initiativeCount: int,
  initiatives: list(object({ rel: relProps, target: nodeProps, labels: list(string) })),
  themes: list(nodeRow),
  towns: list(nodeRow),
});
export type RankingRow = ReturnType<typeof rankingRow>;
export const rankingPage = object({ total: int, page: list(rankingRow) });

/** partner-analysis/shared-partners: whether each initiative exists, and the partners both have with both links' evidence. */
export const sharedPartnerRow = object({ partner: nodeRow, relA: relProps, relB: relProps });
export type SharedPartnerRow = ReturnType<typeof sharedPartnerRow>;
export const sharedPartners = object({ foundA: boolean, foundB: boolean, shared: list(sharedPartnerRow) });

/** partner-analysis/co-partners: whether the organisation exists, and its co-partners with the initiatives they share. */
export const coPartnerRow = object({ partner: nodeRow, initiatives: list(nodeRow) });
export type CoPartnerRow = ReturnType<typeof coPartnerRow>;
export const coPartners = object({ found: boolean, coPartners: list(coPartnerRow) });

/** Questions about the partner network: who partners most, with whom, and on what. One query each. */
export class PartnerAnalysisRepository {
  constructor(private readonly database: Database) {}

  async ranking(query: RankingQuery): Promise<{ total: number; rows: RankingRow[] }> {
    const row = decodeSingleRow('partner-analysis/ranking', await this.database.read('partner-analysis/ranking', { ...query }), rankingPage);
    return { total: row?.total ?? 0, rows: row?.page ?? [] };
  }

  /** Whether each initiative key exists, and the partners both have. */
  async sharedPartners(a: string, b: string, basis: string | null = null): Promise<{ foundA: boolean; foundB: boolean; rows: SharedPartnerRow[] }> {
    const row = decodeSingleRow('partner-analysis/shared-partners', await this.database.read('partner-analysis/shared-partners', { a, b, basis }), sharedPartners);
    return { foundA: row?.foundA ?? false, foundB: row?.foundB ?? false, rows: row?.shared ?? [] };
  }

  async coPartners(key: string, limit: number, basis: string | null = null): Promise<{ found: boolean; rows: CoPartnerRow[] }> {
    const row = decodeSingleRow('partner-analysis/co-partners', await this.database.read('partner-analysis/co-partners', { key, limit, basis }), coPartners);
    return { found: row?.found ?? false, rows: row?.coPartners ?? [] };
  }
}
