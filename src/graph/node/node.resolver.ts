import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { NotFoundError } from '../../errors';
import type { Context } from '../context';
import { toEntity, type EntityObject } from '../common/entity.mapper';
import { Node } from '../node.interface';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { description: 'Any entity by its global id, e.g. "town:grindsted" or "organisation:kirkbi".' })
  async node(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<EntityObject> {
    const row = await context.loaders.node.load(id);
    if (!row) throw new NotFoundError('node', id);
    return toEntity(row.target, row.labels);
  }
}
