import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Dimension, GroupCount, toDimensionValue } from '../analysis/analysis.types';
import { groupCounts } from '../analysis/coverage';
import { InitiativeConnection } from './initiative.connection';
import { ListSize, ROOT_LIST_SIZE } from '../common/cost.directives';

/** Counts grouped by a dimension over all the initiatives a filter matches, not only the page. */
@Resolver(() => InitiativeConnection)
export class InitiativeCountsResolver {
  // At most the values of one dimension: the years (20 in the report) are the most.
  @ListSize(ROOT_LIST_SIZE)
  @FieldResolver(() => [GroupCount], {
    description:
      'The initiatives matching the filter (all of them, not only this page) counted per value of a dimension: per town, ' +
      'committee, year, theme or partner type. Most initiatives first, ties by label; `byValue: true` orders by label ' +
      '(years ascending). An initiative with two towns counts in both.',
  })
  async countsBy(
    @Root() connection: InitiativeConnection,
    @Ctx() context: Context,
    @Arg('dimension', () => Dimension) dimension: Dimension,
    @Arg('byValue', () => Boolean, { defaultValue: false, description: 'Order by the value\'s label instead of by count.' }) byValue = false,
  ): Promise<GroupCount[]> {
    const [keys, initiatives] = await Promise.all([
      context.repositories.initiatives.keys(connection.query),
      context.repositories.analysis.coverage([dimension]),
    ]);
    return groupCounts(initiatives, dimension, keys, byValue).map((group) => ({ ...group, value: toDimensionValue(group.value) }));
  }
}
