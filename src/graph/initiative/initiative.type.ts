import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../node.interface';

@ObjectType({ implements: Node, description: 'One of the 100 examples ("eksempler") in the report.' })
export class Initiative extends Node {
  @Field(() => Int, { description: 'Position in the report (1–100), following the table of contents.' })
  number!: number;

  @Field({ description: 'Title as printed in the table of contents.' })
  title!: string;

  @Field(() => Int, { description: 'Page of the report where the example starts.' })
  page!: number;

  @Field({ description: 'One or two sentences in our own words (Danish).' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'done, ongoing, planned or stopped, where the text says so; null otherwise.' })
  status!: string | null;
}
