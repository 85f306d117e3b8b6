import { Field, Int, ObjectType } from 'type-graphql';
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

  @Field(() => [ResultConnectionEdge])
  edges!: ResultConnectionEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
