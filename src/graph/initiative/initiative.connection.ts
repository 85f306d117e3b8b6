import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityObject } from '../common/entity.mapper';
import { PageInfo } from '../common/pagination';
import { Initiative } from './initiative.type';
import type { InitiativeFilterQuery } from './initiative.repository';
import { ListSize } from '../common/cost.directives';
import { MAX_PAGE_SIZE } from '../common/argument-limits';

@ObjectType()
export class InitiativeConnectionEdge {
  @Field()
  cursor!: string;

  @Field(() => Initiative)
  node!: EntityObject;
}

@ObjectType({ description: 'A page of initiatives.' })
export class InitiativeConnection {
  @Field(() => Int, { description: 'How many initiatives match the filter in all.' })
  totalCount!: number;

  @ListSize(MAX_PAGE_SIZE)
  @Field(() => [InitiativeConnectionEdge], { description: 'This page, in the order `orderBy` asks for (ties by report number).' })
  edges!: InitiativeConnectionEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** The filter behind the page (not a GraphQL field): `countsBy` counts over the same initiatives. */
  query!: InitiativeFilterQuery;
}
