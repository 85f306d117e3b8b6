import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { EntityObject } from '../common/entity.mapper';
import { Evidence } from '../common/evidence.type';
import { Node } from '../node.interface';
import { ListSize } from '../common/cost.directives';
import { OffsetConnectionOf } from '../common/offset-connection';
import { MAX_HOPS, MAX_NODES } from '../common/argument-limits';

@ObjectType({ description: 'One relationship of the graph, with its evidence. `from` and `to` follow the stored direction.' })
export class GraphEdge {
  @Field(() => ID, { description: 'The relationship key, e.g. "initiative:klimaplan|IN_TOWN|town:grindsted".' })
  id!: string;

  @Field({ description: 'Relationship type, e.g. SUPPORTS, IN_TOWN, WITH_PARTNER.' })
  type!: string;

  @Field(() => ID, { description: 'Global id of the node the relationship starts at.' })
  from!: string;

  @Field(() => ID, { description: 'Global id of the node the relationship ends at.' })
  to!: string;

  @Field(() => Evidence)
  evidence!: Evidence;

  @Field(() => String, { nullable: true, description: 'On IN_YEAR links: what happened that year.' })
  event!: string | null;
}

@ObjectType({ description: 'Some entities and every relationship among them.' })
export class Subgraph {
  @ListSize(MAX_NODES)
  @Field(() => [Node], { description: 'The start entity first, then the others nearest first.' })
  nodes!: EntityObject[];

  @ListSize(MAX_NODES)
  @Field(() => [GraphEdge], { description: 'Every relationship among `nodes`, by relationship id.' })
  edges!: GraphEdge[];

  @Field({ description: 'True when more entities were in reach than `limit` allowed; the nearest were kept.' })
  truncated!: boolean;

  @Field(() => [ID], {
    description: 'Asked-for ids the graph does not know, in the order asked; the answer holds the rest. Empty unless ids were given.',
  })
  missing!: string[];
}

@ObjectType({ description: 'One path between two entities.' })
export class PathResult {
  @Field(() => Int, { description: 'Number of relationships on the path.' })
  length!: number;

  @ListSize(MAX_HOPS + 1)
  @Field(() => [Node], { description: 'The entities in path order, from `from` to `to`.' })
  nodes!: EntityObject[];

  @ListSize(MAX_HOPS)
  @Field(() => [GraphEdge], { description: 'The relationships in path order; each keeps its stored direction.' })
  edges!: GraphEdge[];
}

/** The shortest paths between two entities, a page at a time, with how many there are. */
export const PathResultConnection = OffsetConnectionOf(PathResult, 'PathResult', 'shortest path');
