import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../node.interface';

@ObjectType({ implements: Node, description: 'One of the report\'s "Tre anbefalinger til fremtiden".' })
export class Recommendation extends Node {
  @Field(() => Int)
  number!: number;

  @Field()
  title!: string;

  @Field({ description: 'In our own words.' })
  summary!: string;

  @Field(() => Int)
  page!: number;
}
