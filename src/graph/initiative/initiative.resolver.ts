import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { NotFoundError } from '../../errors';
import type { Context } from '../context';
import { BASIS_ARG } from '../common/basis-arg';
import { NO_POSITION, toEntity, type EntityObject } from '../common/entity.mapper';
import { CommitteeEdge, InitiativeEdge, PartnerEdge, ResultEdge, ThemeEdge, TownEdge, UnitEdge, YearEdge } from '../common/edges';
import { Basis, Evidence } from '../common/evidence.type';
import { checkPageSize, decodeCursor, encodeCursor, pageInfo } from '../common/pagination';
import { committeeEdges, linkEdges } from '../link/link-edges';
import { searchGraph } from '../search/search.service';
import { InitiativeConnection } from './initiative.connection';
import { InitiativeFilter, InitiativeOrder } from './initiative-filter.input';
import { Initiative } from './initiative.type';
import type { InitiativeFilterQuery } from './initiative.repository';
import { Match, TownReach } from '../town/town-reach';
import { ListSize, NESTED_LIST_SIZE, ROOT_LIST_SIZE } from '../common/cost.directives';
import { MAX_PAGE_SIZE } from '../common/argument-limits';
import { selectedFieldNames } from '../common/lookahead';
import { lookaheadLinkTypes, primeLinkLoaders } from './initiative-lookahead';
import { leanInitiatives } from '../common/lean-rows';

const slugs = (ids: string[] | undefined) => (ids && ids.length > 0 ? ids.map((id) => id.slice(id.indexOf(':') + 1)) : null);

@Resolver(() => Initiative)
export class InitiativeResolver {
  @ListSize(ROOT_LIST_SIZE)
  @Query(() => [Initiative], { description: 'All 100 initiatives, in report order. For filters and paging use `initiativesPage`.' })
  async initiatives(@Ctx() context: Context): Promise<EntityObject[]> {
    return (await context.repositories.nodes.all('initiative')).map((row) => toEntity(row.target, row.labels));
  }

  @Query(() => Initiative, {
    nullable: true,
    description:
      'One initiative by slug ("klimaplan") or global id ("initiative:klimaplan"). Null for an unknown one, with ' +
      'NOT_FOUND in `errors` for this field only.',
  })
  async initiative(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<EntityObject | null> {
    const key = id.startsWith('initiative:') ? id : `initiative:${id}`;
    const row = await context.loaders.node.load(key);
    if (!row) throw new NotFoundError('initiative', id);
    return toEntity(row.target, row.labels);
  }

  @ListSize(MAX_PAGE_SIZE, { slicingArguments: ['first'], sizedFields: ['edges'] })
  @Query(() => InitiativeConnection, { description: 'Initiatives matching a filter, a page at a time (Relay connection).' })
  async initiativesPage(
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => InitiativeFilter, { nullable: true }) filter?: InitiativeFilter,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first = 20,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' }) after?: string,
    @Arg('orderBy', () => InitiativeOrder, { defaultValue: InitiativeOrder.NUMBER }) orderBy = InitiativeOrder.NUMBER,
    @Arg('descending', () => Boolean, { defaultValue: false }) descending = false,
  ): Promise<InitiativeConnection> {
    checkPageSize(first);
    const offset = decodeCursor(after);
    let keys: string[] | null = null;
    if (filter?.text !== undefined && filter.text !== null) {
      const hits = await searchGraph(context.repositories.search, filter.text, ['initiative'], 100);
      keys = hits.map((hit) => hit.node.id);
    }
    const query: InitiativeFilterQuery = {
      themes: slugs(filter?.themes),
      towns: slugs(filter?.towns),
      townMatch: filter?.townMatch ?? Match.ANY,
      townReach: filter?.townReach ?? TownReach.IN,
      partners: slugs(filter?.partners),
      committees: slugs(filter?.committees),
      years: filter?.years && filter.years.length > 0 ? filter.years : null,
      status: filter?.status && filter.status.length > 0 ? filter.status : null,
      keys,
      orderBy,
      descending,
    };
    // Lookahead: the links asked for below the page come in the same statement (one round trip).
    const selected = selectedFieldNames(info, ['edges', 'node']);
    const linkTypes = lookaheadLinkTypes(selected);
    const { total, rows } = await context.repositories.initiatives.page({ ...query, offset, limit: first, linkTypes, leanInitiatives: leanInitiatives(selected) });
    primeLinkLoaders(context.loaders, linkTypes, rows);
    return {
      totalCount: total,
      edges: rows.map((row, index) => ({ cursor: encodeCursor(offset + index), node: toEntity(row.target, row.labels) })),
      pageInfo: pageInfo(offset, rows.length, total),
      query,
    };
  }

  @FieldResolver(() => Evidence, { nullable: true, description: 'The quote behind `status`; null when the text gives no status.' })
  statusEvidence(@Root() initiative: EntityObject): Evidence | null {
    if (!initiative.statusQuote) return null;
    return { ...NO_POSITION, page: Number(initiative.statusPage), quote: String(initiative.statusQuote), basis: Basis.STATED, rationale: null };
  }

  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [ThemeEdge], { description: 'Themes it supports, by name; check `evidence.basis`: most are INFERRED.' })
  themes(@Root() initiative: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return linkEdges(context, initiative.id, 'SUPPORTS', 'out', basis);
  }

  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [TownEdge], { description: 'Towns where it happens, by name, ties by link id.' })
  towns(@Root() initiative: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return linkEdges(context, initiative.id, 'IN_TOWN', 'out', basis);
  }

  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [PartnerEdge], { description: 'Organisations the municipality works with on it, by name, ties by link id.' })
  partners(@Root() initiative: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return linkEdges(context, initiative.id, 'WITH_PARTNER', 'out', basis);
  }

  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [PartnerEdge], { description: 'Organisations only named (an authority, an attraction, a funder): not partners. By name, ties by link id.' })
  mentions(@Root() initiative: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return linkEdges(context, initiative.id, 'MENTIONS', 'out', basis);
  }

  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [UnitEdge], { description: 'Municipal units that run or take part in it, by name, ties by link id.' })
  units(@Root() initiative: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return linkEdges(context, initiative.id, 'RUN_BY', 'out', basis);
  }

  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [CommitteeEdge], { description: 'Political bodies that decided it or took part: by role (DECIDED_BY, then INVOLVES), then name, ties by link id.' })
  committees(@Root() initiative: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return committeeEdges(context, initiative.id, 'out', basis);
  }

  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [YearEdge], { description: 'Dated events, in year order.' })
  years(@Root() initiative: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return linkEdges(context, initiative.id, 'IN_YEAR', 'out', basis);
  }

  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [ResultEdge], { description: 'What it achieved: by year (undated last), then text, ties by link id.' })
  results(@Root() initiative: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return linkEdges(context, initiative.id, 'ACHIEVED', 'out', basis);
  }

  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [InitiativeEdge], { description: 'Other examples the text ties to this one (either direction): the links from this example first, then the links to it, each by report number.' })
  async related(@Root() initiative: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    const [out, into] = await Promise.all([
      linkEdges(context, initiative.id, 'RELATED_TO', 'out', basis),
      linkEdges(context, initiative.id, 'RELATED_TO', 'in', basis),
    ]);
    return [...out, ...into];
  }
}
