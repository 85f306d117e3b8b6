import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../node.interface';

export enum PartnerType {
  STATE_AGENCY = 'state_agency',
  REGION = 'region',
  MUNICIPALITY = 'municipality',
  COMPANY = 'company',
  FOUNDATION = 'foundation',
  ASSOCIATION = 'association',
  EDUCATION = 'education',
  HEALTH = 'health',
  OTHER = 'other',
}
registerEnumType(PartnerType, {
  name: 'PartnerType',
  description: 'Kind of organisation. MUNICIPALITY means another municipality; ASSOCIATION covers associations, clubs and NGOs.',
});

@ObjectType({
  implements: Node,
  description:
    'An external organisation named in the report. `isPartner` is true when at least one initiative works WITH it; ' +
    'organisations that are only mentioned (an authority, an attraction, a funder\'s programme) appear under `mentionedIn`.',
})
export class Partner extends Node {
  @Field()
  name!: string;

  @Field(() => PartnerType)
  type!: PartnerType;

  @Field(() => [String], { description: 'Other spellings merged into this entity, e.g. "KIRKBI A/S".' })
  aliases!: string[];

  @Field({ description: 'True when some initiative has this organisation as a partner (not only a mention).' })
  isPartner!: boolean;
}
