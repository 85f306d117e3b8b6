import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { BadInputError, NotFoundError } from '../../errors';
import type { Context } from '../context';
import { LABEL_OF_KIND, toEntity, toEvidence } from '../common/entity.mapper';
import { NodeKind, kindsOf } from '../common/node-kind.enum';
import { BASIS_ARG } from '../common/basis-arg';
import { Basis } from '../common/evidence.type';
import type { EdgeRow } from './paths.repository';
import { GraphEdge, PathResult, Subgraph } from './paths.types';
import { MAX_DEPTH, MAX_HOPS, MAX_NODES } from '../common/argument-limits';
import { Cost, ListSize } from '../common/cost.directives';
import { MAX_PATHS } from '../common/argument-limits';

export { MAX_DEPTH, MAX_HOPS, MAX_NODES };

function checkRange(value: number, min: number, max: number, argument: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadInputError(`"${argument}" must be between ${min} and ${max}, got ${value}`, argument);
  }
  return value;
}

const labelsOf = (kinds: NodeKind[] | null | undefined): string[] | null => kindsOf(kinds)?.map((kind) => LABEL_OF_KIND[kind]) ?? null;

export function toGraphEdge(row: EdgeRow): GraphEdge {
  return {
    id: row.rel.key,
    type: row.type,
    from: row.from,
    to: row.to,
    evidence: toEvidence(row.rel),
    event: row.rel.event,
  };
}

@Resolver()
export class PathsResolver {
  @ListSize(MAX_PATHS)
  @Cost(100)
  @Query(() => [PathResult], {
    nullable: true,
    description:
      'How two entities are connected: all shortest paths between them, ignoring direction (at most 20), ordered by the relationship ids along each path. ' +
      'Empty when none is at most `maxHops` long; null when either id is unknown, with NOT_FOUND in `errors` for this field only.',
  })
  async connection(
    @Arg('from', () => ID, { description: 'Global id, e.g. "organisation:dgi".' }) from: string,
    @Arg('to', () => ID, { description: 'Global id, e.g. "organisation:region-syddanmark".' }) to: string,
    @Ctx() context: Context,
    @Arg('maxHops', () => Int, { defaultValue: 4, description: `Longest path to look for, 1–${MAX_HOPS}.` }) maxHops = 4,
    @Arg('via', () => [NodeKind], { nullable: true, description: 'Only paths whose intermediate entities are all of these kinds.' })
    via?: NodeKind[] | null,
    @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null,
  ): Promise<PathResult[] | null> {
    checkRange(maxHops, 1, MAX_HOPS, 'maxHops');
    if (from === to) throw new BadInputError('"from" and "to" must be different entities', 'to');
    const [start, end] = await Promise.all([context.loaders.node.load(from), context.loaders.node.load(to)]);
    if (!start) throw new NotFoundError('node', from);
    if (!end) throw new NotFoundError('node', to);
    const rows = await context.repositories.paths.connection({ from, to, maxHops, labels: labelsOf(via), basis: basis ?? null });
    return rows.map((row) => ({
      length: row.edges.length,
      nodes: row.nodes.map((node) => toEntity(node.target, node.labels)),
      edges: row.edges.map(toGraphEdge),
    }));
  }

  @ListSize(MAX_NODES, { slicingArguments: ['limit'], sizedFields: ['nodes', 'edges'] })
  @Cost(50)
  @Query(() => Subgraph, {
    nullable: true,
    description:
      'The entities within `depth` hops of one entity (ignoring direction) and every relationship among them. ' +
      'Null for an unknown id, with NOT_FOUND in `errors` for this field only.',
  })
  async neighborhood(
    @Arg('id', () => ID, { description: 'Global id of the start entity.' }) id: string,
    @Ctx() context: Context,
    @Arg('depth', () => Int, { defaultValue: 1, description: `Hops from the start, 1–${MAX_DEPTH}.` }) depth = 1,
    @Arg('types', () => [NodeKind], { nullable: true, description: 'Only entities of these kinds (the start always appears); paths go through them only.' })
    types?: NodeKind[] | null,
    @Arg('limit', () => Int, { defaultValue: 300, description: `Most entities to return, the start included, 1–${MAX_NODES}; the nearest are kept.` })
    limit = 300,
    @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null,
  ): Promise<Subgraph | null> {
    checkRange(depth, 1, MAX_DEPTH, 'depth');
    checkRange(limit, 1, MAX_NODES, 'limit');
    const row = await context.repositories.paths.neighborhood({ key: id, depth, limit: limit - 1, labels: labelsOf(types), basis: basis ?? null });
    if (!row) throw new NotFoundError('node', id);
    return {
      nodes: [row.start, ...row.nodes].map((node) => toEntity(node.target, node.labels)),
      edges: row.edges.map(toGraphEdge),
      truncated: row.truncated,
      missing: [],
    };
  }
}
