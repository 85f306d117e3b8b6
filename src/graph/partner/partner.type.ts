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
  description: 'Sector of an organisation. MUNICIPALITY means another municipality; ASSOCIATION covers associations, clubs and NGOs.',
  valuesConfig: {
    STATE_AGENCY: { description: 'A ministry or state agency (styrelse), or a state institution such as a prison.' },
    REGION: { description: 'A Danish region (Region Syddanmark).' },
    MUNICIPALITY: { description: 'Another municipality (Vejen, Varde, Esbjerg Kommune).' },
    COMPANY: { description: 'A private company.' },
    FOUNDATION: { description: 'A foundation or philanthropy.' },
    ASSOCIATION: { description: 'An association, club, trade union, employers\' organisation or NGO.' },
    EDUCATION: { description: 'A school, college or other place of education outside the municipality\'s own units.' },
    HEALTH: { description: 'Health care outside the municipality: general practice, hospitals.' },
    OTHER: { description: 'None of the above (venues, networks, programmes): see `kind`.' },
  },
});

export enum OrganisationKind {
  BODY = 'body',
  VENUE = 'venue',
  EVENT = 'event',
  GROUP = 'group',
  PROGRAMME = 'programme',
}
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'What an organisation entry is (seed/README.md, "Organisation kinds"): count BODY to count organisations.',
  valuesConfig: {
    BODY: { description: 'One organisation: a company, association, authority, institution or one of their departments.' },
    VENUE: { description: 'A hall, centre, attraction or site named as a place (Viadukthallen, MAGION, LEGOLAND).' },
    EVENT: { description: 'An event or competition (Skole OL).' },
    GROUP: { description: 'A generic group of people or bodies, not one organisation (Praktiserende læger).' },
    PROGRAMME: { description: 'A programme, project, network, partnership or method (DK2020, Billund Symbiosen).' },
  },
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

  @Field(() => PartnerType, { description: 'Sector of the organisation.' })
  type!: PartnerType;

  // Stored as `bodyKind`: an entity's `kind` is already its node kind ('organisation').
  @Field(() => OrganisationKind, { name: 'kind', description: 'What the entry is: a body, a venue, an event, a group or a programme.' })
  bodyKind!: OrganisationKind;

  @Field(() => [String], { description: 'Other spellings merged into this entity, e.g. "KIRKBI A/S", in the order the dataset lists them.' })
  aliases!: string[];

  @Field({ description: 'True when some initiative has this organisation as a partner (not only a mention).' })
  isPartner!: boolean;
}
