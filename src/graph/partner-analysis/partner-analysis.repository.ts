import type { Database } from '../../db/database';
import type { NodeRow, Props } from '../link/link.repository';

export type PartnerOrderKey = 'INITIATIVES' | 'NAME';

export interface RankingQuery {
  minInitiatives: number;
  /** Organisation type as stored (e.g. 'company'), or null for every type. */
  type: string | null;
  orderBy: PartnerOrderKey;
  offset: number;
  limit: number;
}

/** An initiative seen from a partner, with the properties of the WITH_PARTNER link. */
export interface LinkedNodeRow extends NodeRow {
  rel: Props;
}

export interface RankingRow {
  partner: NodeRow;
  initiativeCount: number;
  initiatives: LinkedNodeRow[];
  themes: NodeRow[];
  towns: NodeRow[];
}

export interface SharedPartnerRow {
  partner: NodeRow;
  relA: Props;
  relB: Props;
}

export interface CoPartnerRow {
  partner: NodeRow;
  initiatives: NodeRow[];
}

/** Questions about the partner network: who partners most, with whom, and on what. One query each. */
export class PartnerAnalysisRepository {
  constructor(private readonly database: Database) {}

  async ranking(query: RankingQuery): Promise<{ total: number; rows: RankingRow[] }> {
    const [row] = await this.database.read('partner-analysis/ranking', { ...query });
    return { total: Number(row?.total ?? 0), rows: (row?.page ?? []) as RankingRow[] };
  }

  /** `null` for an initiative key that does not exist; otherwise the partners both have. */
  async sharedPartners(a: string, b: string): Promise<{ foundA: boolean; foundB: boolean; rows: SharedPartnerRow[] }> {
    const [row] = await this.database.read('partner-analysis/shared-partners', { a, b });
    return { foundA: row?.foundA === true, foundB: row?.foundB === true, rows: (row?.shared ?? []) as SharedPartnerRow[] };
  }

  async coPartners(key: string, limit: number): Promise<{ found: boolean; rows: CoPartnerRow[] }> {
    const [row] = await this.database.read('partner-analysis/co-partners', { key, limit });
    return { found: row?.found === true, rows: (row?.coPartners ?? []) as CoPartnerRow[] };
  }
}

