import neo4j from 'neo4j-driver';
import { decodeRows, decodeSingleRow, int, list, nullable, number, object, oneOf, optional, properties, string } from '../../src/db/row-decoder';
import { RowShapeError } from '../../src/errors';
import { CLIENT_CODES } from '../../src/server/client-codes';

const row = object({ name: string, count: int, note: nullable(string), tags: list(string) });

function decodeError(query: string, rows: unknown[], read = row): RowShapeError {
  try {
    decodeRows(query, rows, read);
  } catch (error) {
    if (error instanceof RowShapeError) return error;
    throw error;
  }
  throw new Error('decodeRows accepted the rows');
}

describe('decodeRows', () => {
  it('when every column has its type, then the row comes back typed, with only the declared columns', () => {
    const rows = decodeRows('x/ok', [{ name: 'Grindsted', count: 3, note: null, tags: ['a'], extra: 1 }], row);
    expect(rows).toEqual([{ name: 'Grindsted', count: 3, note: null, tags: ['a'] }]);
  });

  it('when a column is missing (a renamed RETURN alias), then it throws a RowShapeError naming the query file and the column', () => {
    const error = decodeError('town/renamed', [{ title: 'Grindsted', count: 3, note: null, tags: [] }]);
    expect(error.query).toBe('cypher/town/renamed.cypher');
    expect(error.column).toBe('name');
    expect(error.message).toContain('cypher/town/renamed.cypher');
    expect(error.message).toContain('no such column');
    expect(error.extensions.code).toBe('ROW_SHAPE_MISMATCH');
  });

  it('when a nullable column is missing rather than null, then it still fails: a renamed column is never read as null', () => {
    expect(decodeError('x/q', [{ name: 'a', count: 1, tags: [] }]).column).toBe('note');
  });

  it('when a column has the wrong type, then the message says what was expected and what came', () => {
    const error = decodeError('x/q', [{ name: 'a', count: '3', note: null, tags: [] }]);
    expect(error.column).toBe('count');
    expect(error.message).toMatch(/row 0: expected a whole number, got the string "3"/);
  });

  it('when the bad value sits deep in a list of maps, then the column is its path', () => {
    const nested = object({ page: list(object({ target: properties({ key: string }) })) });
    const error = decodeError('x/nested', [{ page: [{ target: { key: 'a' } }, { target: { id: 'b' } }] }], nested as never);
    expect(error.column).toBe('page[1].target.key');
  });

  it('when a later row is bad, then the error names that row', () => {
    expect(decodeError('x/q', [{ name: 'a', count: 1, note: null, tags: [] }, { name: 'b', count: 1.5, note: null, tags: [] }]).message).toContain('row 1');
  });
});

describe('field readers', () => {
  it('int: reads a JavaScript integer and a Neo4j Integer in the safe range; refuses a float and an Integer beyond 2^53', () => {
    expect(int(7, 'n')).toBe(7);
    expect(int(neo4j.int(2024), 'n')).toBe(2024);
    expect(() => int(1.5, 'n')).toThrow(/expected a whole number/);
    expect(() => int(neo4j.int('9007199254740993'), 'n')).toThrow(/the Integer 9007199254740993/);
  });

  it('number: reads floats (scores), refuses NaN and strings', () => {
    expect(number(0.25, 's')).toBe(0.25);
    expect(() => number(Number.NaN, 's')).toThrow();
    expect(() => number('1', 's')).toThrow();
  });

  it('optional: absent and null are null (Neo4j stores no null property); a present value is still checked', () => {
    expect(optional(string)(undefined, 'p')).toBeNull();
    expect(optional(string)(null, 'p')).toBeNull();
    expect(() => optional(string)(4, 'p')).toThrow(/expected a string/);
  });

  it('oneOf: only the listed strings', () => {
    expect(oneOf(['STATED', 'INFERRED'])('STATED', 'basis')).toBe('STATED');
    expect(() => oneOf(['STATED', 'INFERRED'])('stated', 'basis')).toThrow(/one of STATED, INFERRED/);
  });

  it('properties: checks the declared keys and keeps every other property', () => {
    expect(properties({ key: string })({ key: 'town:a', name: 'A' }, 't')).toEqual({ key: 'town:a', name: 'A' });
    expect(() => properties({ key: string })({ name: 'A' }, 't')).toThrow(/t\.key/);
  });

  it('list: refuses a map where a list belongs', () => {
    expect(() => list(string)({}, 'tags')).toThrow(/tags: expected a list, got a map/);
  });
});

describe('decodeSingleRow', () => {
  it('when the query returned no row, then null; one row, then it decoded; two, then an error (an aggregate gives one)', () => {
    const one = object({ total: int });
    expect(decodeSingleRow('x/agg', [], one)).toBeNull();
    expect(decodeSingleRow('x/agg', [{ total: 2 }], one)).toEqual({ total: 2 });
    expect(() => decodeSingleRow('x/agg', [{ total: 1 }, { total: 2 }], one)).toThrow(RowShapeError);
  });
});

describe('RowShapeError', () => {
  it('when it reaches a client in production, then it is masked: its code is no client code (the log keeps query and column)', () => {
    const error = new RowShapeError('cypher/x/q.cypher', 'total', 'row 0: expected a whole number, got nothing');
    expect(CLIENT_CODES.has(String(error.extensions.code))).toBe(false);
    expect(error.extensions).toMatchObject({ query: 'cypher/x/q.cypher', column: 'total' });
  });
});
