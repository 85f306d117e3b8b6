import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { toEntity, type EntityObject, type Kind } from '../common/entity.mapper';
import { Committee } from '../committee/committee.type';
import { Strategy } from '../strategy/strategy.type';
import { Theme } from '../theme/theme.type';
import { Town } from '../town/town.type';
import { Unit } from '../unit/unit.type';
import { Year } from '../year/year.type';
import { KindCount } from '../explore/explore.types';
import { KINDS } from '../common/entity.mapper';
import { ListSize, ROOT_LIST_SIZE } from '../common/cost.directives';

async function all(context: Context, kind: Kind): Promise<EntityObject[]> {
  return (await context.repositories.nodes.all(kind)).map((row) => toEntity(row.target, row.labels));
}

/** The small fixed sets an explorer lists in full: the strategy, themes, towns, committees, units, years. */
@Resolver()
export class ListQueriesResolver {
  @Query(() => Strategy, { description: 'The strategy Fremtidens Legeplads, the root of every trace.' })
  async strategy(@Ctx() context: Context): Promise<EntityObject> {
    const [first] = await all(context, 'strategy');
    return first;
  }

  @ListSize(ROOT_LIST_SIZE)
  @Query(() => [Theme], { description: 'The three themes, by name.' })
  themes(@Ctx() context: Context) {
    return all(context, 'theme');
  }

  @ListSize(ROOT_LIST_SIZE)
  @Query(() => [Town], { description: 'Towns and localities of Billund Kommune named in the report, by name.' })
  towns(@Ctx() context: Context) {
    return all(context, 'town');
  }

  @ListSize(ROOT_LIST_SIZE)
  @Query(() => [Committee], { description: 'Kommunalbestyrelsen and the udvalg named in the report, by name.' })
  committees(@Ctx() context: Context) {
    return all(context, 'committee');
  }

  @ListSize(ROOT_LIST_SIZE)
  @Query(() => [Unit], { description: 'Municipal units named in the report, by name.' })
  units(@Ctx() context: Context) {
    return all(context, 'unit');
  }

  @ListSize(ROOT_LIST_SIZE)
  @Query(() => [Year], { description: 'Years with dated events, ascending.' })
  years(@Ctx() context: Context) {
    return all(context, 'year');
  }

  @ListSize(KINDS.length)
  @Query(() => [KindCount], {
    description:
      'How many entities of each kind the graph holds (every kind, in `NodeKind` order, 0 included): the size of each ' +
      'root list without fetching it. PARTNER counts every organisation; see `organisations` for counts by kind and role.',
  })
  async totals(@Ctx() context: Context): Promise<KindCount[]> {
    // NodeKind's values are the kinds themselves ('organisation' for PARTNER)
    return (await context.repositories.nodes.totals()).map(({ kind, count }) => ({ kind: kind, count }));
  }
}
