import { Field, InputType, Int, registerEnumType } from 'type-graphql';

export enum InitiativeOrder {
  NUMBER = 'NUMBER',
  TITLE = 'TITLE',
  PAGE = 'PAGE',
}
registerEnumType(InitiativeOrder, { name: 'InitiativeOrder', description: 'Sort key for initiatives; report order is NUMBER.' });

export enum InitiativeStatus {
  DONE = 'done',
  ONGOING = 'ongoing',
  PLANNED = 'planned',
  STOPPED = 'stopped',
}
registerEnumType(InitiativeStatus, { name: 'InitiativeStatus' });

@InputType({ description: 'All given conditions must hold; within a list, any value matches. Ids may be slugs or global ids.' })
export class InitiativeFilter {
  @Field(() => [String], { nullable: true, description: 'Theme ids, e.g. ["staerke-byer"].' })
  themes?: string[];

  @Field(() => [String], { nullable: true, description: 'Town ids, e.g. ["grindsted"].' })
  towns?: string[];

  @Field(() => [String], { nullable: true, description: 'Partner ids (organisations the initiative works with).' })
  partners?: string[];

  @Field(() => [String], { nullable: true, description: 'Committee ids, either role.' })
  committees?: string[];

  @Field(() => [Int], { nullable: true, description: 'Years with a dated event of the initiative.' })
  years?: number[];

  @Field(() => [InitiativeStatus], { nullable: true })
  status?: InitiativeStatus[];

  @Field({ nullable: true, description: 'Danish full text over the initiative and its evidence (same engine as `search`).' })
  text?: string;
}
