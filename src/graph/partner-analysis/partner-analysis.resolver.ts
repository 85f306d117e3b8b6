import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { BadInputError, NotFoundError } from '../../errors';
import type { Context } from '../context';
import type { InitiativeEdge } from '../common/edges';
import { globalKey, toEntity, toEvidence } from '../common/entity.mapper';
import { checkPageSize, decodeCursor, encodeCursor, pageInfo } from '../common/pagination';
import type { NodeRow } from '../common/rows';
import { PartnerType } from '../partner/partner.type';
import type { RankingRow } from './partner-analysis.repository';
import { CoPartner, CoPartnerConnection, PartnerOrder, PartnerRanking, PartnerRankingConnection, SharedPartner } from './partner-analysis.types';
import { offsetPage, type OffsetPage } from '../common/offset-connection';
import type { CoPartnerRow } from './partner-analysis.repository';
import { ListSize, ROOT_LIST_SIZE } from '../common/cost.directives';
import { MAX_PAGE_SIZE } from '../common/argument-limits';
import { BASIS_ARG } from '../common/basis-arg';
import { Basis } from '../common/evidence.type';
import { selectedFieldNames } from '../common/lookahead';
import { leanEvidence, leanInitiatives } from '../common/lean-rows';

const entity = (row: NodeRow) => toEntity(row.target, row.labels);

function toRanking(row: RankingRow): PartnerRanking {
  return {
    partner: entity(row.partner),
    initiativeCount: row.initiativeCount,
    initiativeLinks: row.initiatives.map((link): InitiativeEdge => ({ id: `in:${String(link.rel.key)}`, node: entity(link), evidence: toEvidence(link.rel), role: null, event: null })),
    themes: row.themes.map(entity),
    towns: row.towns.map(entity),
  };
}

@Resolver()
export class PartnerAnalysisResolver {
  @ListSize(MAX_PAGE_SIZE, { slicingArguments: ['first'], sizedFields: ['edges'] })
  @Query(() => PartnerRankingConnection, {
    description:
      'Partners ranked by how many initiatives they work on (ties by name), with those initiatives and the themes and towns they cover. ' +
      'Only WITH_PARTNER links count: an organisation the report merely mentions is not a partner. A page at a time (Relay connection).',
  })
  async partners(
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('minInitiatives', () => Int, { defaultValue: 1, description: 'Leave out partners with fewer initiatives than this (at least 1).' })
    minInitiatives = 1,
    @Arg('type', () => PartnerType, { nullable: true, description: 'Only organisations of this kind, e.g. COMPANY.' }) type?: PartnerType | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first = 20,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' }) after?: string | null,
    @Arg('orderBy', () => PartnerOrder, { defaultValue: PartnerOrder.INITIATIVES, description: 'Ranking: most initiatives first, or by name.' })
    orderBy = PartnerOrder.INITIATIVES,
  ): Promise<PartnerRankingConnection> {
    checkPageSize(first);
    if (!Number.isInteger(minInitiatives) || minInitiatives < 1) {
      throw new BadInputError(`"minInitiatives" must be at least 1, got ${minInitiatives}`, 'minInitiatives');
    }
    const offset = decodeCursor(after);
    // Only the lists the request selects are computed (themes and towns walk two hops per partner).
    const selected = selectedFieldNames(info, ['edges', 'node']);
    const { total, rows } = await context.repositories.partnerAnalysis.ranking({
      minInitiatives, type: type ?? null, orderBy, offset, limit: first,
      withInitiatives: selected.has('initiatives'), withThemes: selected.has('themes'), withTowns: selected.has('towns'),
      leanInitiatives: leanInitiatives(selectedFieldNames(info, ['edges', 'node', 'initiatives', 'node'])),
      leanEvidence: leanEvidence(selectedFieldNames(info, ['edges', 'node', 'initiatives', 'evidence'])),
    });
    return {
      totalCount: total,
      edges: rows.map((row, index) => ({ cursor: encodeCursor(offset + index), node: toRanking(row) })),
      pageInfo: pageInfo(offset, rows.length, total),
    };
  }

  @ListSize(ROOT_LIST_SIZE)
  @Query(() => [SharedPartner], {
    description:
      'Organisations that are a partner in both initiatives, by name (ties by id), with the quote for each link. ' +
      'With `basis`, both links must have that basis. ' +
      'Ids are slugs ("klimaplan") or global ids ("initiative:klimaplan").',
  })
  async sharedPartners(
    @Arg('a', () => ID, { description: 'The first initiative.' }) a: string,
    @Arg('b', () => ID, { description: 'The second initiative.' }) b: string,
    @Ctx() context: Context,
    @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null,
  ): Promise<SharedPartner[]> {
    const { foundA, foundB, rows } = await context.repositories.partnerAnalysis.sharedPartners(globalKey(a, 'initiative'), globalKey(b, 'initiative'), basis ?? null);
    if (!foundA) throw new NotFoundError('initiative', a);
    if (!foundB) throw new NotFoundError('initiative', b);
    return rows.map((row) => ({ partner: entity(row.partner), evidenceA: toEvidence(row.relA), evidenceB: toEvidence(row.relB) }));
  }

  @ListSize(MAX_PAGE_SIZE, { slicingArguments: ['first'] })
  @Query(() => [CoPartner], {
    description:
      'Organisations that are partners in the same initiatives as the given one: most shared initiatives first, then by name, then id. ' +
      'With `basis`, an initiative is shared only when both partner links have that basis. ' +
      'The id is a slug ("kirkbi") or a global id ("organisation:kirkbi"); an organisation that is only mentioned has none.',
  })
  async coPartners(
    @Arg('partnerId', () => ID, { description: 'The organisation to start from.' }) partnerId: string,
    @Ctx() context: Context,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most this many, 1–100.' }) first = 20,
    @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null,
  ): Promise<CoPartner[]> {
    checkPageSize(first);
    const { found, rows } = await context.repositories.partnerAnalysis.coPartners(globalKey(partnerId, 'organisation'), first, basis ?? null);
    if (!found) throw new NotFoundError('partner', partnerId);
    return rows.map(toCoPartner);
  }

  @ListSize(MAX_PAGE_SIZE, { slicingArguments: ['first'], sizedFields: ['edges'] })
  @Query(() => CoPartnerConnection, {
    description:
      'The co-partners of `coPartners`, a page at a time (Relay connection), with `totalCount`: how many organisations share ' +
      'an initiative with the given one in all. Same order: most shared initiatives first, then by name, then id.',
  })
  async coPartnersPage(
    @Arg('partnerId', () => ID, { description: 'The organisation to start from.' }) partnerId: string,
    @Ctx() context: Context,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first = 20,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' }) after?: string | null,
    @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null,
  ): Promise<OffsetPage<CoPartner>> {
    checkPageSize(first);
    const { found, rows } = await context.repositories.partnerAnalysis.coPartners(globalKey(partnerId, 'organisation'), EVERY_CO_PARTNER, basis ?? null);
    if (!found) throw new NotFoundError('partner', partnerId);
    return offsetPage(rows.map(toCoPartner), first, after);
  }
}

/** More co-partners than any organisation can have: the whole list, for counting. */
const EVERY_CO_PARTNER = 1_000_000;

function toCoPartner(row: CoPartnerRow): CoPartner {
  return { partner: entity(row.partner), sharedCount: row.initiatives.length, initiatives: row.initiatives.map(entity) };
}
