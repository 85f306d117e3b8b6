import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { ListSize, NESTED_LIST_SIZE } from '../common/cost.directives';
import { CoverageCell } from './analysis.types';
import { cellKey, matrixKey } from './coverage.loader';

@Resolver(() => CoverageCell)
export class CoverageCellResolver {
  // The counts come without ids; the ids of all cells asked are read once per matrix and request.
  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [ID], {
    description:
      'Global ids of those initiatives, in report order. Counts alone answer from one aggregate; asking for ids here ' +
      'reads every initiative\'s values once more, which on a big graph costs far more than the counts.',
  })
  async initiativeIds(@Root() cell: CoverageCell, @Ctx() context: Context): Promise<string[]> {
    return (await context.loaders.coverageIds.load(matrixKey(cell.rows, cell.columns))).get(cellKey(cell.row, cell.column)) ?? [];
  }
}
