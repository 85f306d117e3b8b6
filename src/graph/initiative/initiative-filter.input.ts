import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { Match, TownReach } from '../town/town-reach';

export enum InitiativeOrder {
  NUMBER = 'NUMBER',
  TITLE = 'TITLE',
  PAGE = 'PAGE',
}
registerEnumType(InitiativeOrder, {
  name: 'InitiativeOrder',
  description: 'Sort key for initiatives; report order is NUMBER. Ties (same title or page) go by number.',
  valuesConfig: {
    NUMBER: { description: 'The example\'s number in the report (1–100): report order.' },
    TITLE: { description: 'The title, by character code (Æ, Ø and Å after Z).' },
    PAGE: { description: 'The page the example starts on.' },
  },
});

export enum InitiativeStatus {
  DONE = 'done',
  ONGOING = 'ongoing',
  PLANNED = 'planned',
  STOPPED = 'stopped',
}
registerEnumType(InitiativeStatus, {
  name: 'InitiativeStatus',
  description: 'Where the initiative stands, as the text says it.',
  valuesConfig: {
    DONE: { description: 'Carried out or in place.' },
    ONGOING: { description: 'Running or continuing.' },
    PLANNED: { description: 'Decided or planned, not yet begun.' },
    STOPPED: { description: 'Stopped or shelved.' },
  },
});

@InputType({ description: 'All given conditions must hold; within a list, any value matches. Ids may be slugs or global ids.' })
export class InitiativeFilter {
  @Field(() => [String], { nullable: true, description: 'Theme ids, e.g. ["staerke-byer"].' })
  themes?: string[];

  @Field(() => [String], { nullable: true, description: 'Town ids, e.g. ["grindsted"]; see `townMatch` and `townReach`.' })
  towns?: string[];

  @Field(() => Match, { defaultValue: Match.ANY, description: 'ANY (default): in at least one of `towns`; ALL: in every one (both Hejnsvig and Filskov).' })
  townMatch?: Match;

  @Field(() => TownReach, {
    defaultValue: TownReach.IN,
    description: 'IN (default): happens in the town; TOUCHES: happens there or works with, mentions or is run by a body located there.',
  })
  townReach?: TownReach;

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
