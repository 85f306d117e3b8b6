import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { BadInputError, NotFoundError } from '../../errors';
import type { Context } from '../context';
import { KINDS, kindOf, toEntity } from '../common/entity.mapper';
import { MAX_NODES, toGraphEdge } from '../paths/paths.resolver';
import { Subgraph } from '../paths/paths.types';
import { NeighborCount } from './explore.types';
import { ListSize } from '../common/cost.directives';

/** Distinct ids, 1 to MAX_NODES of them; a bad list is the caller's mistake, named as such. */
function checkIds(ids: string[]): string[] {
  const distinct = [...new Set(ids)];
  if (distinct.length < 1 || distinct.length > MAX_NODES) {
    throw new BadInputError(`"ids" must hold between 1 and ${MAX_NODES} distinct ids, got ${distinct.length}`, 'ids');
  }
  return distinct;
}

/** An unknown id in a list: its place in the answer is null, and errors[] names it at that index. */
function unknownNode(id: string): NotFoundError {
  return new NotFoundError('node', id);
}

@Resolver()
export class ExploreResolver {
  @ListSize(MAX_NODES, { slicingArguments: ['ids'], sizedFields: ['nodes', 'edges'] })
  @Query(() => Subgraph, {
    description:
      'The given entities and every relationship among them. A graph view can be redrawn from its node ids alone ' +
      '(a shared link, an undo), with the links between nodes that were reached in different steps. ' +
      `1–${MAX_NODES} global ids; unknown ones are left out and named in \`missing\`, the rest answer. \`truncated\` is always false.`,
  })
  async subgraph(@Arg('ids', () => [ID]) ids: string[], @Ctx() context: Context): Promise<Subgraph> {
    const keys = checkIds(ids);
    const row = await context.repositories.explore.subgraph(keys);
    const byKey = new Map(row.nodes.map((node) => [String(node.target.key), node]));
    const known = keys.filter((key) => byKey.has(key));
    return {
      // in the order asked, so that a client's list and the answer line up
      nodes: known.map((key) => byKey.get(key)!).map((node) => toEntity(node.target, node.labels)),
      edges: row.edges.map(toGraphEdge),
      truncated: false,
      missing: keys.filter((key) => !byKey.has(key)),
    };
  }

  @ListSize(MAX_NODES, { slicingArguments: ['ids'] })
  @Query(() => [NeighborCount], {
    nullable: 'items',
    description:
      'For each given entity, how many neighbours of each kind it has: what expanding it would add. ' +
      `1–${MAX_NODES} global ids, answered in the order asked; an unknown one's place is null, with NOT_FOUND ` +
      'naming it in `errors` at that index (as Relay\'s `nodes(ids)`), and the rest answer.',
  })
  async neighborCounts(@Arg('ids', () => [ID]) ids: string[], @Ctx() context: Context): Promise<(NeighborCount | NotFoundError)[]> {
    const keys = checkIds(ids);
    const rows = await context.repositories.explore.neighborCounts(keys);
    const byKey = new Map(rows.map((row) => [row.key, row]));
    return keys.map((key) => {
      const row = byKey.get(key);
      // graphql-js turns an Error in a list into null at its index plus an entry in errors[]
      if (!row) return unknownNode(key);
      const byKind = row.kinds.map(({ label, count }) => ({ kind: kindOf([label]), count }))
        // NodeKind's values are the kinds themselves ('organisation' for PARTNER), in the vocabulary's order
        .sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
      return { id: `neighbor-count:${key}`, nodeId: key, total: byKind.reduce((sum, { count }) => sum + count, 0), byKind };
    });
  }
}
