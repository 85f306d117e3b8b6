import { Field, ID, InterfaceType } from 'type-graphql';
import { TYPE_OF_KIND, type EntityObject } from './common/entity.mapper';

@InterfaceType({
  description: 'Anything in the graph. `id` is global: "<kind>:<slug>", e.g. "town:grindsted"; `node(id)` fetches any of them.',
  resolveType: (value: EntityObject) => TYPE_OF_KIND[value.kind],
})
export abstract class Node {
  @Field(() => ID, { description: 'Global id, usable with `node(id)`.' })
  id!: string;

  @Field({ description: 'Id within its kind, as in the dataset (e.g. "grindsted").' })
  slug!: string;

  @Field({ description: 'A human-readable name: title, name or result text.' })
  label!: string;
}
