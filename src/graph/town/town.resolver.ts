import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { EntityObject } from '../common/entity.mapper';
import { InitiativeEdge } from '../common/edges';
import { linkEdges } from '../link/link-edges';
import { Town, TownProfile } from './town.type';
import { ListSize, NESTED_LIST_SIZE } from '../common/cost.directives';

@Resolver(() => Town)
export class TownResolver {
  @FieldResolver(() => TownProfile, { nullable: true, description: 'The town\'s 2034 vision, for the seven towns with a profile.' })
  profile(@Root() town: EntityObject): TownProfile | null {
    if (!town.profileSummary) return null;
    return { summary: String(town.profileSummary), quote: String(town.profileQuote), page: Number(town.profilePage) };
  }

  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [InitiativeEdge], { description: 'Initiatives that take place in the town.' })
  initiatives(@Root() town: EntityObject, @Ctx() context: Context) {
    return linkEdges(context, town.id, 'IN_TOWN', 'in');
  }
}
