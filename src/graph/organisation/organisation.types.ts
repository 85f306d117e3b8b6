import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { EntityObject } from '../common/entity.mapper';
import { PageInfo } from '../common/pagination';
import { Partner } from '../partner/partner.type';
import { ListSize } from '../common/cost.directives';
import { MAX_PAGE_SIZE } from '../common/argument-limits';

export enum OrganisationRole {
  PARTNER = 'WITH_PARTNER',
  MENTION = 'MENTIONS',
}
registerEnumType(OrganisationRole, {
  name: 'OrganisationRole',
  description: 'The role an organisation has in an initiative.',
  valuesConfig: {
    PARTNER: { description: 'The municipality works with it on the initiative (WITH_PARTNER).' },
    MENTION: { description: 'The initiative only names it: an authority, an attraction, a funder, a prize-giver (MENTIONS).' },
  },
});

export enum OrganisationOrder {
  INITIATIVES = 'INITIATIVES',
  NAME = 'NAME',
}
registerEnumType(OrganisationOrder, {
  name: 'OrganisationOrder',
  description: 'How to order organisations. Ties are always broken by name, then id.',
  valuesConfig: {
    INITIATIVES: { description: 'Most initiatives (over the chosen roles) first.' },
    NAME: { description: 'Alphabetically by name (by character code: Æ, Ø and Å come after Z).' },
  },
});

@ObjectType({ description: 'How many initiatives an organisation appears in, in one role.' })
export class RoleCount {
  @Field(() => OrganisationRole)
  role!: OrganisationRole;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'An organisation with how often the report uses it, per role.' })
export class OrganisationUsage {
  @Field(() => Partner)
  organisation!: EntityObject;

  @Field(() => Int, { description: 'Distinct initiatives it appears in over the chosen `roles`.' })
  initiativeCount!: number;

  @ListSize(2)
  @Field(() => [RoleCount], { description: 'Initiatives per role, for every role (also those not chosen), in `OrganisationRole` order.' })
  roleCounts!: RoleCount[];
}

@ObjectType()
export class OrganisationUsageEdge {
  @Field({ description: 'Pass as `after` to get the organisations that follow this one.' })
  cursor!: string;

  @Field(() => OrganisationUsage)
  node!: OrganisationUsage;
}

@ObjectType({ description: 'A page of organisations with their counts.' })
export class OrganisationUsageConnection {
  @Field(() => Int, { description: 'How many organisations match the arguments in all.' })
  totalCount!: number;

  @ListSize(MAX_PAGE_SIZE)
  @Field(() => [OrganisationUsageEdge], { description: 'This page, in the order `orderBy` asks for (ties by name, then id).' })
  edges!: OrganisationUsageEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
