import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { BadInputError } from '../../errors';
import type { Context } from '../context';
import { ListSize, NESTED_LIST_SIZE } from '../common/cost.directives';
import { checkPageSize, MAX_PAGE_SIZE } from '../common/pagination';
import { CoverageCell } from './analysis.types';
import { coverageCellQuery } from './coverage';

@Resolver(() => CoverageCell)
export class CoverageCellResolver {
  // The counts come without ids (the load stored them); a page of ids is read per cell asked, all
  // cells of a request in one statement, each starting from its narrower value.
  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [ID], {
    description:
      'Global ids of those initiatives, in report order: a page of `first` from `offset` on (`count` says how many ' +
      'there are). On the real graph no cell holds more than 100.',
  })
  async initiativeIds(
    @Root() cell: CoverageCell,
    @Ctx() context: Context,
    @Arg('first', () => Int, { defaultValue: MAX_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0, description: 'How many ids of the cell to skip (0 for the first page).' }) offset: number,
  ): Promise<string[]> {
    checkPageSize(first);
    if (!Number.isInteger(offset) || offset < 0) throw new BadInputError(`"offset" must be 0 or more, got ${offset}`, 'offset');
    if (offset >= cell.count) return [];
    return context.loaders.coverageCells.load(coverageCellQuery(cell.rows, cell.row, cell.columns, cell.column, offset, first));
  }
}
