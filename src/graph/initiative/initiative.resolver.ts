import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { NotFoundError } from '../../errors';
import type { Context } from '../../server/context';
import { toInitiative } from './initiative.mapper';
import { Initiative } from './initiative.type';

@Resolver(() => Initiative)
export class InitiativeResolver {
  @Query(() => [Initiative], { description: 'All initiatives, in report order.' })
  async initiatives(@Ctx() context: Context): Promise<Initiative[]> {
    return (await context.repositories.initiatives.list()).map(toInitiative);
  }

  @Query(() => Initiative, { description: 'One initiative by its slug ("klimaplan") or global id ("initiative:klimaplan").' })
  async initiative(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Initiative> {
    const slug = id.startsWith('initiative:') ? id.slice('initiative:'.length) : id;
    const record = await context.loaders.initiative.load(slug);
    if (!record) throw new NotFoundError('initiative', id);
    return toInitiative(record);
  }
}
