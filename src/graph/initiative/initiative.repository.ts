import type { Database } from '../../db/database';
import { decodeSingleRow, int, list, object, string } from '../../db/row-decoder';
import { nodeProps, relProps } from '../common/rows';
import type { RelationshipType } from '../../vocabulary/relationship-types';

/** One outgoing link brought along with an initiative of the page (the lookahead of a nested request). */
const pageLink = object({ type: string, rel: relProps, target: nodeProps, labels: list(string) });
/** initiative/filter: the number of matches and one page of them, each with the links asked for. */
export const pageRow = object({ total: int, page: list(object({ target: nodeProps, labels: list(string), links: list(pageLink) })) });
export type PageEntry = ReturnType<typeof pageRow>['page'][number];
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
  /** Outgoing link types to fetch with the page, in the same statement ([] for none). */
  linkTypes: RelationshipType[];
  /** Whether the page's initiatives are read with only the properties the selection needs (common/lean-rows). */
  leanInitiatives: boolean;
}

/** The filter and order of a page, without what is particular to one page (its slice, lookahead and projection). */
export type InitiativeFilterQuery = Omit<InitiativeQuery, 'offset' | 'limit' | 'linkTypes' | 'leanInitiatives'>;

export class InitiativeRepository {
  constructor(private readonly database: Database) {}

  async page(query: InitiativeQuery): Promise<{ total: number; rows: PageEntry[] }> {
    const row = decodeSingleRow('initiative/filter', await this.database.read('initiative/filter', { ...query }), pageRow);
    return { total: row?.total ?? 0, rows: row?.page ?? [] };
  }

  /** Keys of every initiative matching the filter, in the query's order (for counts grouped over them). */
  async keys(query: InitiativeFilterQuery): Promise<string[]> {
    const row = decodeSingleRow('initiative/filter-keys', await this.database.read('initiative/filter-keys', { ...query }), keysRow);
    return row?.keys ?? [];
  }
}
