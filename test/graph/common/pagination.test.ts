import { GraphQLError } from 'graphql';
import { checkPageSize, decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageInfo } from '../../../src/graph/common/pagination';

// Relay paging over offsets: a cursor names the last item seen, and `after` resumes just past it.

describe('cursors', () => {
  it('when a cursor is encoded, then it is opaque text that decodes to the next offset', () => {
    const cursor = encodeCursor(9);
    expect(cursor).not.toContain('9');
    expect(decodeCursor(cursor)).toBe(10);
  });

  it('when no cursor is given, then paging starts at 0', () => {
    expect(decodeCursor(undefined)).toBe(0);
    expect(decodeCursor(null)).toBe(0);
  });

  it.each(['', 'bm9wZQ', Buffer.from('offset:-1').toString('base64url'), Buffer.from('offset:1x').toString('base64url')])(
    'when the cursor %p did not come from this API, then BAD_USER_INPUT names "after"',
    (cursor) => {
      const error = captureError(() => decodeCursor(cursor));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
      expect(error.message).toContain('"after" is not a cursor from this API');
    },
  );
});

describe('checkPageSize', () => {
  it('when the size is between 1 and the maximum, then it is returned', () => {
    expect(checkPageSize(1)).toBe(1);
    expect(checkPageSize(MAX_PAGE_SIZE)).toBe(MAX_PAGE_SIZE);
  });

  it.each([0, -1, MAX_PAGE_SIZE + 1, 2.5, Number.NaN])('when the size is %p, then BAD_USER_INPUT names the argument and the bounds', (first) => {
    const error = captureError(() => checkPageSize(first, 'limit'));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'limit' });
    expect(error.message).toBe(`"limit" must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`);
  });
});

describe('pageInfo', () => {
  it('when the first page of several is returned, then there is a next page and no previous one', () => {
    expect(pageInfo(0, 10, 25)).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: encodeCursor(0), endCursor: encodeCursor(9) });
  });

  it('when the last page is returned, then there is a previous page and no next one, and its end cursor resumes past the total', () => {
    const info = pageInfo(20, 5, 25);
    expect(info).toMatchObject({ hasNextPage: false, hasPreviousPage: true, startCursor: encodeCursor(20) });
    expect(decodeCursor(info.endCursor)).toBe(25);
  });

  it('when the page is empty, then it has no cursors', () => {
    expect(pageInfo(0, 0, 0)).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});

function captureError(action: () => unknown): GraphQLError {
  try {
    action();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a GraphQLError, nothing was thrown');
}
