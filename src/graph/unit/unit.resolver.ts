import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { EntityObject } from '../common/entity.mapper';
import { InitiativeEdge } from '../common/edges';
import { linkEdges } from '../link/link-edges';
import { Unit } from './unit.type';
import { ListSize, NESTED_LIST_SIZE } from '../common/cost.directives';

@Resolver(() => Unit)
export class UnitResolver {
  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [InitiativeEdge], { description: 'Initiatives the unit runs or takes part in.' })
  initiatives(@Root() unit: EntityObject, @Ctx() context: Context) {
    return linkEdges(context, unit.id, 'RUN_BY', 'in');
  }
}
