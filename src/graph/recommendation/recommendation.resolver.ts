import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { BASIS_ARG } from '../common/basis-arg';
import { Basis } from '../common/evidence.type';
import type { EntityObject } from '../common/entity.mapper';
import { ThemeEdge } from '../common/edges';
import { linkEdges } from '../link/link-edges';
import { Recommendation } from './recommendation.type';
import { ListSize, NESTED_LIST_SIZE } from '../common/cost.directives';

@Resolver(() => Recommendation)
export class RecommendationResolver {
  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [ThemeEdge], { description: 'The theme it builds on (by name, if ever more than one).' })
  themes(@Root() recommendation: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return linkEdges(context, recommendation.id, 'BUILDS_ON', 'out', basis);
  }
}
