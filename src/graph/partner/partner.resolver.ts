import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { BASIS_ARG } from '../common/basis-arg';
import { Basis } from '../common/evidence.type';
import type { EntityObject } from '../common/entity.mapper';
import { InitiativeEdge, PartnerEdge, TownEdge } from '../common/edges';
import { linkEdges } from '../link/link-edges';
import { Partner } from './partner.type';
import { ListSize, NESTED_LIST_SIZE } from '../common/cost.directives';

@Resolver(() => Partner)
export class PartnerResolver {
  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [InitiativeEdge], { description: 'Initiatives it is a partner in, by report number.' })
  initiatives(@Root() partner: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return linkEdges(context, partner.id, 'WITH_PARTNER', 'in', basis);
  }

  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [InitiativeEdge], { description: 'Initiatives that only mention it, by report number.' })
  mentionedIn(@Root() partner: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return linkEdges(context, partner.id, 'MENTIONS', 'in', basis);
  }

  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [TownEdge], { description: 'Towns the organisation is located in, where the report or its name places it (LOCATED_IN), by name.' })
  locatedIn(@Root() partner: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return linkEdges(context, partner.id, 'LOCATED_IN', 'out', basis);
  }

  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [PartnerEdge], { description: 'The body it is a part of (PART_OF), e.g. Dansk Industri for DI Region Sydvestjylland; empty for most; by name.' })
  partOf(@Root() partner: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return linkEdges(context, partner.id, 'PART_OF', 'out', basis);
  }

  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [PartnerEdge], { description: 'Distinct parts of it that the report names on their own (PART_OF, reversed), by name.' })
  parts(@Root() partner: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return linkEdges(context, partner.id, 'PART_OF', 'in', basis);
  }
}
