import { OffsetConnectionOf } from '../common/offset-connection';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { InitiativeEdge } from '../common/edges';
import type { EntityObject } from '../common/entity.mapper';
import { Evidence } from '../common/evidence.type';
import { PageInfo } from '../common/pagination';
import { Initiative } from '../initiative/initiative.type';
import { Partner } from '../partner/partner.type';
import { Theme } from '../theme/theme.type';
import { Town } from '../town/town.type';
import { ListSize, NESTED_LIST_SIZE } from '../common/cost.directives';
import { MAX_PAGE_SIZE } from '../common/argument-limits';

export enum PartnerOrder {
  INITIATIVES = 'INITIATIVES',
  NAME = 'NAME',
}
registerEnumType(PartnerOrder, {
  name: 'PartnerOrder',
  description: 'How to rank partners. Ties are always broken by name.',
  valuesConfig: {
    INITIATIVES: { description: 'Most initiatives first.' },
    NAME: { description: 'Alphabetically by name (by character code: Æ, Ø and Å come after Z).' },
  },
});

@ObjectType({ description: 'A partner with the initiatives it works on and what those initiatives cover.' })
export class PartnerRanking {
  @Field(() => Partner, { description: 'The organisation.' })
  partner!: EntityObject;

  @Field(() => Int, { description: 'How many initiatives have it as a partner (mentions do not count).' })
  initiativeCount!: number;

  /** Every WITH_PARTNER link of the partner (not a GraphQL field: `initiatives` filters it by basis). */
  initiativeLinks!: InitiativeEdge[];

  @ListSize(NESTED_LIST_SIZE)
  @Field(() => [Theme], { description: 'Themes those initiatives support, each once, in order of first appearance in the report.' })
  themes!: EntityObject[];

  @ListSize(NESTED_LIST_SIZE)
  @Field(() => [Town], { description: 'Towns where those initiatives take place, each once, in order of first appearance in the report.' })
  towns!: EntityObject[];
}

@ObjectType()
export class PartnerRankingEdge {
  @Field({ description: 'Pass as `after` to get the partners that follow this one.' })
  cursor!: string;

  @Field(() => PartnerRanking)
  node!: PartnerRanking;
}

@ObjectType({ description: 'A page of ranked partners.' })
export class PartnerRankingConnection {
  @Field(() => Int, { description: 'How many partners match `minInitiatives` and `type` in all.' })
  totalCount!: number;

  @ListSize(MAX_PAGE_SIZE)
  @Field(() => [PartnerRankingEdge], { description: 'This page, in the order `orderBy` asks for (ties by name, then id).' })
  edges!: PartnerRankingEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'An organisation that is a partner in both of two initiatives, with the evidence from each.' })
export class SharedPartner {
  @Field(() => Partner, { description: 'The organisation.' })
  partner!: EntityObject;

  @Field(() => Evidence, { description: 'Where the report names it as a partner of the first initiative (`a`).' })
  evidenceA!: Evidence;

  @Field(() => Evidence, { description: 'Where the report names it as a partner of the second initiative (`b`).' })
  evidenceB!: Evidence;
}

@ObjectType({ description: 'An organisation that works on some of the same initiatives as a given partner.' })
export class CoPartner {
  @Field(() => Partner, { description: 'The other organisation.' })
  partner!: EntityObject;

  @Field(() => Int, { description: 'How many initiatives the two are both partners in.' })
  sharedCount!: number;

  @ListSize(NESTED_LIST_SIZE)
  @Field(() => [Initiative], { description: 'Those shared initiatives, in report order.' })
  initiatives!: EntityObject[];
}

/** `coPartnersPage`: every co-partner counted, one page of them returned. */
export const CoPartnerConnection = OffsetConnectionOf(CoPartner, 'CoPartner', 'co-partner');
