import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { ListSize } from './cost.directives';
import { MAX_PAGE_SIZE } from './argument-limits';
import { checkPageSize, decodeCursor, encodeCursor, PageInfo, pageInfo } from './pagination';

// A Relay connection over a list the resolver has in full (a ranking, the hits of a search): the
// whole list is counted into `totalCount` and one page of it is returned. One class pair per item
// type, because GraphQL has no generics.

export interface OffsetPage<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

export function OffsetConnectionOf<T extends object>(ItemClass: ClassType<T>, name: string, what: string) {
  @ObjectType(`${name}ConnectionEdge`, { description: `One ${what} with its cursor.` })
  class Edge {
    @Field({ description: 'Pass as `after` to get the page after this edge.' })
    cursor!: string;

    @Field(() => ItemClass)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what}s, with how many there are in all.` })
  class Connection implements OffsetPage<T> {
    @Field(() => Int, { description: `How many ${what}s the arguments select in all, not only this page.` })
    totalCount!: number;

    @ListSize(MAX_PAGE_SIZE)
    @Field(() => [Edge], { description: 'This page, in the order of the field that returns the connection.' })
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return Connection;
}

/** One page of a whole, ordered list: `first` items after the cursor `after`, and the list's length. */
export function offsetPage<T>(all: readonly T[], first: number, after: string | null | undefined): OffsetPage<T> {
  checkPageSize(first);
  const offset = decodeCursor(after);
  const rows = all.slice(offset, offset + first);
  return {
    totalCount: all.length,
    edges: rows.map((node, index) => ({ cursor: encodeCursor(offset + index), node })),
    pageInfo: pageInfo(offset, rows.length, all.length),
  };
}
