import { Field, Int, ObjectType } from 'type-graphql';
import { MAX_PAGE_SIZE } from '../common/argument-limits';
import { ListSize } from '../common/cost.directives';
import { PageInfo } from '../common/pagination';
import { Result } from './result.type';

@ObjectType()
export class ResultConnectionEdge {
  @Field()
  cursor!: string;

  @Field(() => Result)
  node!: Result;
}

@ObjectType({ description: 'A page of results.' })
export class ResultConnection {
  @Field(() => Int, { description: 'How many results match the filter in all.' })
  totalCount!: number;

  @ListSize(MAX_PAGE_SIZE)
  @Field(() => [ResultConnectionEdge], { description: 'This page, in the order `sort` asks for (ties in report order).' })
  edges!: ResultConnectionEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
