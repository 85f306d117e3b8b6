import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { BASIS_ARG } from '../common/basis-arg';
import type { EntityObject } from '../common/entity.mapper';
import { InitiativeEdge, PartnerEdge, UnitEdge } from '../common/edges';
import { Basis } from '../common/evidence.type';
import { linkEdges } from '../link/link-edges';
import { TownReach } from './town-reach';
import { touchingEdges } from './town-touches';
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
  @FieldResolver(() => [InitiativeEdge], {
    description:
      'Initiatives of the town, in report order. `reach: IN` (default): those that take place in it. `reach: TOUCHES`: also those ' +
      'that work with, mention or are run by a body located in it, one edge per body (`via`), after the initiative\'s own edge.',
  })
  initiatives(
    @Root() town: EntityObject,
    @Ctx() context: Context,
    @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null,
    @Arg('reach', () => TownReach, { defaultValue: TownReach.IN, description: 'IN: happens in the town; TOUCHES: also through a body located there.' })
    reach: TownReach = TownReach.IN,
  ) {
    if (reach === TownReach.TOUCHES) return touchingEdges(context, town.id, basis);
    return linkEdges(context, town.id, 'IN_TOWN', 'in', basis);
  }

  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [PartnerEdge], { description: 'Organisations located in the town (LOCATED_IN), by name.' })
  async organisations(@Root() town: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return (await linkEdges(context, town.id, 'LOCATED_IN', 'in', basis)).filter((edge) => edge.node.kind === 'organisation');
  }

  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [UnitEdge], { description: 'Municipal units located in the town (LOCATED_IN), by name.' })
  async units(@Root() town: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return (await linkEdges(context, town.id, 'LOCATED_IN', 'in', basis)).filter((edge) => edge.node.kind === 'unit');
  }
}
