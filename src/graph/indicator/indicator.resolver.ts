import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ListSize, NESTED_LIST_SIZE, ROOT_LIST_SIZE } from '../common/cost.directives';
import { NotFoundError } from '../../errors';
import type { Context } from '../context';
import { globalKey, toEntity, type EntityObject } from '../common/entity.mapper';
import { linkEdges } from '../link/link-edges';
import { Result } from '../result/result.type';
import { bySeriesOrder } from './series-order';
import { Indicator } from './indicator.type';
import { BASIS_ARG } from '../common/basis-arg';
import { Basis } from '../common/evidence.type';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @ListSize(ROOT_LIST_SIZE)
  @Query(() => [Indicator], { description: 'Every indicator, by name. Most have one result; `results` of the others is a series.' })
  async indicators(@Ctx() context: Context): Promise<EntityObject[]> {
    return (await context.repositories.nodes.all('indicator')).map((row) => toEntity(row.target, row.labels));
  }

  @Query(() => Indicator, {
    nullable: true,
    description: 'One indicator by slug ("antal-solgte-byggegrunde") or global id. Null for an unknown one, with NOT_FOUND in `errors`.',
  })
  async indicator(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<EntityObject | null> {
    const row = await context.loaders.node.load(globalKey(id, 'indicator'));
    if (!row || !row.labels.includes('Indicator')) throw new NotFoundError('indicator', id);
    return toEntity(row.target, row.labels);
  }

  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [Result], {
    description:
      'The results that measure it: the series, by year (undated last), then by id. With `basis`, only results whose link to ' +
      'the indicator (`Result.indicatorEvidence`) has that basis; the indicators are our naming, so nearly all are INFERRED.',
  })
  async results(@Root() indicator: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null): Promise<EntityObject[]> {
    const edges = await linkEdges(context, indicator.id, 'MEASURES', 'in', basis);
    return edges.map((edge) => edge.node).sort(bySeriesOrder);
  }
}
