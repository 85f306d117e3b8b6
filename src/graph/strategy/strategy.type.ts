import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node.interface';

@ObjectType({ implements: Node, description: 'The strategy Fremtidens Legeplads.' })
export class Strategy extends Node {
  @Field()
  name!: string;

  @Field({ description: 'What the strategy is, in our own words.' })
  description!: string;
}
