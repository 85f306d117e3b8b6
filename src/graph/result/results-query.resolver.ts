import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { MAX_PAGE_SIZE } from '../common/argument-limits';
import { ListSize } from '../common/cost.directives';
import { BadInputError } from '../../errors';
import type { Context } from '../context';
import { toEntity } from '../common/entity.mapper';
import { checkPageSize, decodeCursor, encodeCursor, pageInfo } from '../common/pagination';
import { checkSupportGrade } from './support-grade';
import { ResultConnection } from './result.connection';
import { ResultFilter, ResultOrder, ResultSort } from './result-filter.input';
import type { Result } from './result.type';

const slugs = (ids: string[] | undefined) => (ids && ids.length > 0 ? ids.map((id) => id.slice(id.indexOf(':') + 1)) : null);
const list = <T>(values: T[] | undefined): T[] | null => (values && values.length > 0 ? values : null);
const given = <T>(value: T | undefined | null): T | null => (value === undefined ? null : value);

@Resolver()
export class ResultsQueryResolver {
  @ListSize(MAX_PAGE_SIZE, { slicingArguments: ['first'], sizedFields: ['edges'] })
  @Query(() => ResultConnection, {
    description:
      'Results of all initiatives matching a filter (level, kind, support, year, value, indicator, theme, town), a page at a time ' +
      '(Relay connection), with `totalCount`. Sort by report order, value or year.',
  })
  async results(
    @Ctx() context: Context,
    @Arg('filter', () => ResultFilter, { nullable: true }) filter?: ResultFilter,
    @Arg('sort', () => ResultSort, { nullable: true }) sort?: ResultSort,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first = 20,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' }) after?: string,
  ): Promise<ResultConnection> {
    checkPageSize(first);
    const offset = decodeCursor(after);
    const minSupport = checkSupportGrade(filter?.minSupport, 'filter.minSupport');
    const maxSupport = checkSupportGrade(filter?.maxSupport, 'filter.maxSupport');
    const minValue = given(filter?.minValue);
    const maxValue = given(filter?.maxValue);
    if (minSupport !== null && maxSupport !== null && minSupport > maxSupport) {
      throw new BadInputError(`"filter.minSupport" (${minSupport}) is above "filter.maxSupport" (${maxSupport})`, 'filter.minSupport');
    }
    if (minValue !== null && maxValue !== null && minValue > maxValue) {
      throw new BadInputError(`"filter.minValue" (${minValue}) is above "filter.maxValue" (${maxValue})`, 'filter.minValue');
    }
    const { total, rows } = await context.repositories.results.page({
      levels: list(filter?.levels),
      kinds: list(filter?.kinds),
      supportSources: list(filter?.supportSources),
      minSupport,
      maxSupport,
      years: list(filter?.years),
      minValue,
      maxValue,
      hasFigure: given(filter?.hasFigure),
      indicators: slugs(filter?.indicators),
      themes: slugs(filter?.themes),
      towns: slugs(filter?.towns),
      initiatives: slugs(filter?.initiatives),
      orderBy: sort?.by ?? ResultOrder.REPORT,
      descending: sort?.descending ?? false,
      offset,
      limit: first,
    });
    return {
      totalCount: total,
      edges: rows.map((row, index) => ({ cursor: encodeCursor(offset + index), node: toEntity(row.target, row.labels) as unknown as Result })),
      pageInfo: pageInfo(offset, rows.length, total),
    };
  }
}
