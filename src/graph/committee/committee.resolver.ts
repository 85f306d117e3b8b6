import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { BASIS_ARG } from '../common/basis-arg';
import { Basis } from '../common/evidence.type';
import type { EntityObject } from '../common/entity.mapper';
import { InitiativeEdge } from '../common/edges';
import { committeeEdges } from '../link/link-edges';
import { Committee } from './committee.type';
import { ListSize, NESTED_LIST_SIZE } from '../common/cost.directives';

@Resolver(() => Committee)
export class CommitteeResolver {
  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [InitiativeEdge], { description: 'Initiatives it decided (role DECIDED_BY) or took part in (INVOLVES): the DECIDED_BY links first, then INVOLVES, each by report number, ties by link id.' })
  initiatives(@Root() committee: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return committeeEdges(context, committee.id, 'in', basis);
  }
}
