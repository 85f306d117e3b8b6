import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { NotFoundError } from '../../errors';
import type { Context } from '../context';
import { toEntity, type EntityObject } from '../common/entity.mapper';
import { Node } from '../node.interface';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Any entity by its global id, e.g. "town:grindsted" or "organisation:kirkbi". Null for an unknown id, with ' +
      'NOT_FOUND in `errors` for this field only (as Relay expects), so that the rest of the request still answers.',
  })
  async node(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<EntityObject | null> {
    const row = await context.loaders.node.load(id);
    if (!row) throw new NotFoundError('node', id);
    return toEntity(row.target, row.labels);
  }
}
