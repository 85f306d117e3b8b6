import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NodeKind } from '../common/node-kind.enum';
import { ListSize } from '../common/cost.directives';
import { KINDS } from '../../vocabulary/node-kinds';

@ObjectType({ description: 'How many neighbours of one kind an entity has.' })
export class KindCount {
  @Field(() => NodeKind)
  kind!: NodeKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'The neighbours of one entity, counted by kind: what expanding it in a graph would add.' })
export class NeighborCount {
  @Field(() => ID, {
    description: 'Globally unique id of this count (Relay stores records by `id`): "neighbor-count:" + `nodeId`, e.g. "neighbor-count:town:grindsted".',
  })
  id!: string;

  @Field(() => ID, { description: 'The entity\'s global id, as asked.' })
  nodeId!: string;

  @Field(() => Int, { description: 'Distinct neighbours in all, either direction (a neighbour linked twice counts once).' })
  total!: number;

  @ListSize(KINDS.length)
  @Field(() => [KindCount], { description: 'Per kind, only kinds with at least one neighbour, in `NodeKind` order.' })
  byKind!: KindCount[];
}
