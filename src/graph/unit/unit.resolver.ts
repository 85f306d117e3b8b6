import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { BASIS_ARG } from '../common/basis-arg';
import { Basis } from '../common/evidence.type';
import type { EntityObject } from '../common/entity.mapper';
import { InitiativeEdge, TownEdge } from '../common/edges';
import { linkEdges } from '../link/link-edges';
import { Unit } from './unit.type';
import { ListSize, NESTED_LIST_SIZE } from '../common/cost.directives';

@Resolver(() => Unit)
export class UnitResolver {
  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [InitiativeEdge], { description: 'By report number: initiatives the unit runs or takes part in.' })
  initiatives(@Root() unit: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return linkEdges(context, unit.id, 'RUN_BY', 'in', basis);
  }

  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [TownEdge], { description: 'Towns the unit is located in, where the report or its name places it (LOCATED_IN), by name.' })
  locatedIn(@Root() unit: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return linkEdges(context, unit.id, 'LOCATED_IN', 'out', basis);
  }
}
