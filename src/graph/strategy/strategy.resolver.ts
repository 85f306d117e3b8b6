import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { BASIS_ARG } from '../common/basis-arg';
import { Basis } from '../common/evidence.type';
import type { EntityObject } from '../common/entity.mapper';
import { ThemeEdge } from '../common/edges';
import { linkEdges } from '../link/link-edges';
import { Strategy } from './strategy.type';
import { ListSize, NESTED_LIST_SIZE } from '../common/cost.directives';

@Resolver(() => Strategy)
export class StrategyResolver {
  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [ThemeEdge], { description: 'Its three themes, by name.' })
  themes(@Root() strategy: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return linkEdges(context, strategy.id, 'HAS_THEME', 'out', basis);
  }
}
