import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { BASIS_ARG } from '../common/basis-arg';
import { Basis } from '../common/evidence.type';
import type { EntityObject } from '../common/entity.mapper';
import { InitiativeEdge, RecommendationEdge } from '../common/edges';
import { linkEdges } from '../link/link-edges';
import { Theme } from './theme.type';
import { ListSize, NESTED_LIST_SIZE } from '../common/cost.directives';

@Resolver(() => Theme)
export class ThemeResolver {
  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [InitiativeEdge], { description: 'Initiatives that support the theme, by report number; `evidence.basis` tells stated from inferred.' })
  initiatives(@Root() theme: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return linkEdges(context, theme.id, 'SUPPORTS', 'in', basis);
  }

  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [RecommendationEdge], { description: 'The report\'s recommendation(s) that build on the theme, by number.' })
  recommendations(@Root() theme: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return linkEdges(context, theme.id, 'BUILDS_ON', 'in', basis);
  }
}
