import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node.interface';

@ObjectType({ implements: Node, description: 'A unit of Billund Kommune itself (Jobcentret, a school, a council): not a partner.' })
export class Unit extends Node {
  @Field()
  name!: string;

  @Field(() => [String], { description: 'Other spellings in the report, in the order the dataset lists them.' })
  aliases!: string[];
}
