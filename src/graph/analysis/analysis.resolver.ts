import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { BadInputError, NotFoundError } from '../../errors';
import type { Context } from '../context';
import { globalKey, toEntity, toEvidence, type EntityObject } from '../common/entity.mapper';
import { checkPageSize } from '../common/pagination';
import { BASIS_ARG } from '../common/basis-arg';
import { Basis } from '../common/evidence.type';
import { Bridge, BridgeConnection, CoverageMatrix, Dimension, TimelineYear, Trace, toDimensionValue } from './analysis.types';
import { offsetPage, type OffsetPage } from '../common/offset-connection';
import { rankBridges } from './bridges';
import { buildCoverage } from './coverage';
import { Cost, ListSize, ROOT_LIST_SIZE } from '../common/cost.directives';
import { MAX_PAGE_SIZE } from '../common/argument-limits';

// GraphQL types read EntityObjects; the class types only describe the schema.
type Shaped<T> = T & EntityObject;

@Resolver()
export class AnalysisResolver {
  @Cost(50)
  @Query(() => CoverageMatrix, {
    description:
      'Cross table of initiatives over two dimensions, e.g. `coverage(rows: THEME, columns: TOWN)`: which combinations ' +
      'the strategy covers and which it leaves empty. `rows` and `columns` must differ.',
  })
  async coverage(
    @Arg('rows', () => Dimension, { description: 'Dimension of the rows.' }) rows: Dimension,
    @Arg('columns', () => Dimension, { description: 'Dimension of the columns; must differ from `rows`.' }) columns: Dimension,
    @Ctx() context: Context,
  ): Promise<CoverageMatrix> {
    if (rows === columns) throw new BadInputError(`"rows" and "columns" must be different dimensions, got ${rows} twice`, 'columns');
    // Stored by the load, already ordered: one node read however big the graph. A graph loaded
    // before matrices were stored is counted on request instead, from every initiative's values.
    const analysis = context.repositories.analysis;
    const matrix = (await analysis.storedCoverage(rows, columns)) ?? buildCoverage(await analysis.coverage([rows, columns]), rows, columns);
    return {
      total: matrix.total,
      rows: matrix.rows.map(toDimensionValue),
      columns: matrix.columns.map(toDimensionValue),
      cells: matrix.cells.map((cell) => ({ row: cell.row, column: cell.column, count: cell.count, rows, columns })),
    };
  }

  @ListSize(ROOT_LIST_SIZE)
  @Query(() => [TimelineYear], {
    description:
      'Year by year, ascending: the dated events of initiatives (by initiative number) and the results dated that year ' +
      '(by their initiative\'s number, then id). Only years with at least one event or result appear. With `basis`, only ' +
      'events whose year link and results whose link to their initiative have that basis.',
  })
  async timeline(
    @Ctx() context: Context,
    @Arg('from', () => Int, { nullable: true, description: 'First year to include (inclusive); omit for no lower bound.' }) from?: number | null,
    @Arg('to', () => Int, { nullable: true, description: 'Last year to include (inclusive); omit for no upper bound.' }) to?: number | null,
    @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null,
  ): Promise<TimelineYear[]> {
    const lower = from ?? null;
    const upper = to ?? null;
    if (lower !== null && upper !== null && lower > upper) throw new BadInputError(`"from" (${lower}) is after "to" (${upper})`, 'from');
    const rows = await context.repositories.analysis.timeline(lower, upper, basis ?? null);
    return rows.map((row) => ({
      year: row.year,
      events: row.events.map((event) => ({
        initiative: toEntity(event.initiative, event.labels) as Shaped<TimelineYear['events'][number]['initiative']>,
        event: event.rel.event ?? '',
        evidence: toEvidence(event.rel),
      })),
      results: row.results.map((result) => toEntity(result.target, result.labels) as Shaped<TimelineYear['results'][number]>),
    }));
  }

  @Query(() => Trace, {
    description:
      'Follow the strategy down to results: strategy → theme(s) → initiatives → results, with the evidence of each link. ' +
      'Give exactly one of `themeId` (that theme and every initiative supporting it) or `initiativeId` ' +
      '(the themes that initiative supports, with only that initiative under them).',
  })
  async trace(
    @Ctx() context: Context,
    @Arg('themeId', () => ID, { nullable: true, description: 'Theme slug ("rettidig-velfaerd") or global id ("theme:rettidig-velfaerd").' })
    themeId?: string | null,
    @Arg('initiativeId', () => ID, { nullable: true, description: 'Initiative slug ("klimaplan") or global id ("initiative:klimaplan").' })
    initiativeId?: string | null,
    @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null,
  ): Promise<Trace> {
    const hasTheme = themeId !== undefined && themeId !== null;
    const hasInitiative = initiativeId !== undefined && initiativeId !== null;
    if (hasTheme === hasInitiative) throw new BadInputError('Give exactly one of "themeId" and "initiativeId"', hasTheme ? 'initiativeId' : 'themeId');
    const themeKey = hasTheme ? globalKey(themeId, 'theme') : null;
    const initiativeKey = hasInitiative ? globalKey(initiativeId, 'initiative') : null;
    const row = await context.repositories.analysis.trace(themeKey, initiativeKey, basis ?? null);
    if (!row || !row.found) throw hasTheme ? new NotFoundError('theme', themeId) : new NotFoundError('initiative', initiativeId as string);
    return {
      strategy: toEntity(row.strategy, row.strategyLabels) as Shaped<Trace['strategy']>,
      themes: row.themes.map((theme) => ({
        theme: toEntity(theme.theme, theme.labels) as Shaped<Trace['themes'][number]['theme']>,
        evidence: toEvidence(theme.rel),
        initiatives: theme.initiatives.map((initiative) => ({
          initiative: toEntity(initiative.initiative, initiative.labels) as Shaped<Trace['themes'][number]['initiatives'][number]['initiative']>,
          evidence: toEvidence(initiative.rel),
          results: initiative.results.map((result) => ({
            id: `out:${String(result.rel.key)}`,
            node: toEntity(result.target, result.labels),
            evidence: toEvidence(result.rel),
          })),
        })),
      })),
    };
  }

  @ListSize(MAX_PAGE_SIZE, { slicingArguments: ['first'] })
  @Cost(100)
  @Query(() => [Bridge], {
    description:
      'Entities that bridge the strategy: partners, municipal units, committees and towns ranked by how many distinct themes ' +
      'and towns their initiatives connect, plus their betweenness in the initiative–partner network. ' +
      '`score` = `themes` + `towns` + `betweenness` (see the fields). Highest score first, ties by more initiatives, then id.',
  })
  async bridges(
    @Ctx() context: Context,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many to return, 1–100.' }) first = 20,
  ): Promise<Bridge[]> {
    checkPageSize(first);
    const rows = await context.repositories.analysis.bridges();
    const candidates = rows.map((row) => ({ key: row.target.key, node: toEntity(row.target, row.labels), links: row.links }));
    return rankBridges(candidates, first);
  }

  @ListSize(MAX_PAGE_SIZE, { slicingArguments: ['first'], sizedFields: ['edges'] })
  @Cost(100)
  @Query(() => BridgeConnection, {
    description:
      'The ranking of `bridges`, a page at a time (Relay connection), with `totalCount`: how many partners, units, ' +
      'committees and towns are ranked in all. Same order as `bridges` (score, then initiatives, then id).',
  })
  async bridgesPage(
    @Ctx() context: Context,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first = 20,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' }) after?: string | null,
  ): Promise<OffsetPage<Bridge>> {
    checkPageSize(first);
    const rows = await context.repositories.analysis.bridges();
    const candidates = rows.map((row) => ({ key: row.target.key, node: toEntity(row.target, row.labels), links: row.links }));
    return offsetPage(rankBridges(candidates, candidates.length), first, after);
  }
}
