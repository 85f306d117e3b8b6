import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../node.interface';

export enum CommitteeRole {
  DECIDED_BY = 'DECIDED_BY',
  INVOLVES = 'INVOLVES',
}
registerEnumType(CommitteeRole, {
  name: 'CommitteeRole',
  description: 'DECIDED_BY: the body decided, approved or funded it; INVOLVES: it took part or was consulted.',
  valuesConfig: {
    DECIDED_BY: { description: 'The committee decided, approved or funded the initiative.' },
    INVOLVES: { description: 'The committee took part or was consulted.' },
  },
});

@ObjectType({ implements: Node, description: 'A political body: Kommunalbestyrelsen or one of its udvalg.' })
export class Committee extends Node {
  @Field()
  name!: string;

  @Field(() => [String], { description: 'Other spellings in the report, in the order the dataset lists them.' })
  aliases!: string[];
}
