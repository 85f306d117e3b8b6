import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType({ description: 'Anything in the graph. `id` is global: "<kind>:<slug>", e.g. "town:grindsted".' })
export abstract class Node {
  @Field(() => ID, { description: 'Global id, usable with `node(id)`.' })
  id!: string;
}
