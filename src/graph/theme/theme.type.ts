import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node.interface';

@ObjectType({ implements: Node, description: 'One of the strategy\'s three themes: Stærke Byer, Rettidig Velfærd, Vokseværk i Erhvervslivet.' })
export class Theme extends Node {
  @Field()
  name!: string;

  @Field({ description: 'What the theme covers, in our own words.' })
  description!: string;
}
