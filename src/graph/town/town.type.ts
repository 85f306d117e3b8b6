import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../node.interface';

@ObjectType({ description: 'A town\'s vision for 2034 ("Fremtidsvisionen for …"), from the town profiles.' })
export class TownProfile {
  @Field({ description: 'The vision in our own words.' })
  summary!: string;

  @Field({ description: 'Verbatim from the profile.' })
  quote!: string;

  @Field(() => Int)
  page!: number;
}

@ObjectType({ implements: Node, description: 'A town or locality inside Billund Kommune (not the municipality itself).' })
export class Town extends Node {
  @Field()
  name!: string;

  @Field(() => [String], { description: 'Other spellings in the report, e.g. "Sdr. Omme", in the order the dataset lists them.' })
  aliases!: string[];
}
