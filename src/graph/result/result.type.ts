import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Node } from '../node.interface';

@ObjectType({ implements: Node, description: 'An outcome an initiative reached or reports: a figure or a claim.' })
export class Result extends Node {
  @Field({ description: 'The result in a short sentence, faithful to the quote.' })
  text!: string;

  @Field(() => Float, { nullable: true, description: 'The number, where the result is numeric.' })
  value!: number | null;

  @Field(() => String, { nullable: true, description: 'Unit of `value`, e.g. "fritidsjob" or "%".' })
  unit!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year the result refers to, where given.' })
  year!: number | null;
}
