import { Field, Int, ObjectType } from 'type-graphql';
import { BadInputError, echo } from '../../errors';

import { MAX_PAGE_SIZE } from './argument-limits';

export { MAX_PAGE_SIZE };

@ObjectType({ description: 'Relay-style paging information.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

// Cursors are opaque to clients; inside they are offsets, which is enough for a graph this size
// whose order is fully determined by the sort key.
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new BadInputError(`"after" is not a cursor from this API: "${echo(cursor)}"`, 'after');
  return Number(match[1]) + 1;
}

export function checkPageSize(first: number, argument = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadInputError(`"${argument}" must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`, argument);
  }
  return first;
}

export function pageInfo(offset: number, count: number, total: number): PageInfo {
  return {
    hasNextPage: offset + count < total,
    hasPreviousPage: offset > 0,
    startCursor: count > 0 ? encodeCursor(offset) : null,
    endCursor: count > 0 ? encodeCursor(offset + count - 1) : null,
  };
}
