import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { EntityObject } from '../common/entity.mapper';
import { InitiativeEdge } from '../common/edges';
import { linkEdges } from '../link/link-edges';
import { Partner } from './partner.type';
import { ListSize, NESTED_LIST_SIZE } from '../common/cost.directives';

@Resolver(() => Partner)
export class PartnerResolver {
  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [InitiativeEdge], { description: 'Initiatives it is a partner in.' })
  initiatives(@Root() partner: EntityObject, @Ctx() context: Context) {
    return linkEdges(context, partner.id, 'WITH_PARTNER', 'in');
  }

  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [InitiativeEdge], { description: 'Initiatives that only mention it.' })
  mentionedIn(@Root() partner: EntityObject, @Ctx() context: Context) {
    return linkEdges(context, partner.id, 'MENTIONS', 'in');
  }
}
