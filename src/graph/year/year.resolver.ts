import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { BASIS_ARG } from '../common/basis-arg';
import { Basis } from '../common/evidence.type';
import type { EntityObject } from '../common/entity.mapper';
import { InitiativeEdge } from '../common/edges';
import { linkEdges } from '../link/link-edges';
import { Year } from './year.type';

@Resolver(() => Year)
export class YearResolver {
  @FieldResolver(() => [InitiativeEdge], { description: 'Initiatives with an event this year; see `event`.' })
  initiatives(@Root() year: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return linkEdges(context, year.id, 'IN_YEAR', 'in', basis);
  }
}
