import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import { BadInputError, NotFoundError } from '../../errors';
import type { Context } from '../context';
import { LABEL_OF_KIND, toEntity, toEvidence } from '../common/entity.mapper';
import { NodeKind, kindsOf } from '../common/node-kind.enum';
import { BASIS_ARG } from '../common/basis-arg';
import { Basis } from '../common/evidence.type';
import type { EdgeRow } from './paths.repository';
import type { ConnectionQuery, PathPageRow } from './paths.repository';
import { GraphEdge, PathResult, PathResultConnection, Subgraph } from './paths.types';
import { MAX_DEPTH, MAX_HOPS, MAX_NODES } from '../common/argument-limits';
import { Cost, ListSize } from '../common/cost.directives';
import { MAX_PATHS } from '../common/argument-limits';
import type { OffsetPage } from '../common/offset-connection';
import { decodeCursor, encodeCursor, pageInfo } from '../common/pagination';

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

const toPathResult = (row: PathPageRow['paths'][number]): PathResult => ({
  length: row.edges.length,
  nodes: row.nodes.map((node) => toEntity(node.target, node.labels)),
  edges: row.edges.map(toGraphEdge),
});

/** The arguments `connection` and `connectionPage` share. */
@ArgsType()
class ConnectionArgs {
  @Field(() => ID, { description: 'Global id, e.g. "organisation:dgi".' })
  from!: string;

  @Field(() => ID, { description: 'Global id, e.g. "organisation:region-syddanmark".' })
  to!: string;

  @Field(() => Int, { defaultValue: 4, description: `Longest path to look for, 1–${MAX_HOPS}.` })
  maxHops = 4;

  @Field(() => [NodeKind], { nullable: true, description: 'Only paths whose intermediate entities are all of these kinds.' })
  via?: NodeKind[] | null;

  @Field(() => Basis, BASIS_ARG)
  basis?: Basis | null;
}

@ArgsType()
class ConnectionPageArgs extends ConnectionArgs {
  @Field(() => Int, { defaultValue: MAX_PATHS, description: `Paths in the page, 1–${MAX_PATHS}.` })
  first = MAX_PATHS;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  after?: string | null;
}

/** The shared arguments checked, as the repository takes them. */
function connectionQuery(args: ConnectionArgs): Omit<ConnectionQuery, 'offset' | 'first'> {
  const { from, to, maxHops } = args;
  checkRange(maxHops, 1, MAX_HOPS, 'maxHops');
  if (from === to) throw new BadInputError('"from" and "to" must be different entities', 'to');
  return { from, to, maxHops, labels: labelsOf(args.via), basis: args.basis ?? null };
}

/** One page of paths, from the one statement that also says whether each end exists; NOT_FOUND for an unknown end. */
async function pathPage(context: Context, query: ConnectionQuery): Promise<PathPageRow> {
  const page = await context.repositories.paths.connection(query);
  if (!page.fromFound) throw new NotFoundError('node', query.from);
  if (!page.toFound) throw new NotFoundError('node', query.to);
  return page;
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
  async connection(@Args() args: ConnectionArgs, @Ctx() context: Context): Promise<PathResult[] | null> {
    const page = await pathPage(context, { ...connectionQuery(args), offset: 0, first: MAX_PATHS });
    return page.paths.map(toPathResult);
  }

  @ListSize(MAX_PATHS, { slicingArguments: ['first'], sizedFields: ['edges'] })
  @Cost(100)
  @Query(() => PathResultConnection, {
    nullable: true,
    description:
      'The shortest paths of `connection`, a page at a time (Relay connection), with `totalCount`: how many equally short paths there are ' +
      '(counted up to 10,000). Same order and arguments as `connection`, plus `first` and `after`. Null when either id is unknown, with NOT_FOUND in `errors`.',
  })
  async connectionPage(@Args() args: ConnectionPageArgs, @Ctx() context: Context): Promise<OffsetPage<PathResult> | null> {
    const first = checkRange(args.first, 1, MAX_PATHS, 'first');
    const offset = decodeCursor(args.after);
    const page = await pathPage(context, { ...connectionQuery(args), offset, first });
    return {
      totalCount: page.total,
      edges: page.paths.map((row, index) => ({ cursor: encodeCursor(offset + index), node: toPathResult(row) })),
      pageInfo: pageInfo(offset, page.paths.length, page.total),
    };
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
