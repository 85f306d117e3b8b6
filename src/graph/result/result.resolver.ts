import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { BASIS_ARG } from '../common/basis-arg';
import { Basis } from '../common/evidence.type';
import type { EntityObject } from '../common/entity.mapper';
import { InitiativeEdge } from '../common/edges';
import { linkEdges } from '../link/link-edges';
import { Result } from './result.type';
import { ListSize, NESTED_LIST_SIZE } from '../common/cost.directives';

@Resolver(() => Result)
export class ResultResolver {
  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [InitiativeEdge], { description: 'The initiative that achieved it.' })
  initiative(@Root() result: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return linkEdges(context, result.id, 'ACHIEVED', 'in', basis);
  }
}
