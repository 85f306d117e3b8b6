import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../node.interface';

@ObjectType({ implements: Node, description: 'A calendar year named in the report.' })
export class Year extends Node {
  @Field(() => Int)
  value!: number;
}
