import neo4j from 'neo4j-driver';
import { RowShapeError } from '../errors';

/**
 * Typed readers for the rows Database.read returns, so that a repository turns a row into its
 * type field by field instead of casting it. A value of the wrong type, or a column the query did
 * not return, throws at once; decodeRows names the query file and where the value sat in the row
 * ("page[3].target.key"). Repositories declare one decoder per row shape; nothing above them sees
 * an unchecked row. `at` names the value in messages; nested readers are called without it and the
 * path is put together only on the way out of a failure, so that a large answer (1,000 nodes with
 * their links) allocates no path strings.
 */
export type Reader<T> = (value: unknown, at?: string) => T;

/** What a reader found wrong; decodeRows adds the query file and turns it into a RowShapeError. */
class Mismatch extends Error {
  constructor(
    readonly at: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`${at}: expected ${expected}, got ${actual}`);
  }
}

const describe = (value: unknown): string => {
  if (value === undefined) return 'nothing (no such column or key)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (neo4j.isInt(value)) return `the Integer ${value.toString()}`;
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return typeof value === 'object' ? 'a map' : `the ${typeof value} ${String(value)}`;
};

const fail = (at: string | undefined, expected: string, value: unknown): never => {
  throw new Mismatch(at ?? '', expected, describe(value));
};

// "page" + "[1].target.key" → "page[1].target.key"; "" + "key" → "key".
const join = (outer: string, inner: string): string => {
  if (!inner) return outer;
  if (!outer || inner.startsWith('[')) return outer + inner;
  return `${outer}.${inner}`;
};

/** Rethrows a child's Mismatch with the child's place in front of its path. */
const within = (error: unknown, place: string): never => {
  if (error instanceof Mismatch) throw new Mismatch(join(place, error.at), error.expected, error.actual);
  throw error;
};

export const string: Reader<string> = (value, at) => (typeof value === 'string' ? value : fail(at, 'a string', value));

export const boolean: Reader<boolean> = (value, at) => (typeof value === 'boolean' ? value : fail(at, 'a boolean', value));

/** Any finite number (a full-text score, a float property). */
export const number: Reader<number> = (value, at) =>
  typeof value === 'number' && Number.isFinite(value) ? value : fail(at, 'a number', value);

/**
 * A whole number: a JavaScript integer (what db/plain makes of a Neo4j Integer in the safe range) or
 * a Neo4j Integer that fits one. An Integer beyond 2^53 is refused rather than rounded.
 */
export const int: Reader<number> = (value, at) => {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (neo4j.isInt(value) && value.inSafeRange()) return value.toNumber();
  return fail(at, 'a whole number', value);
};

/** One of fixed strings (an enum stored as text). */
export function oneOf<const T extends string>(values: readonly T[]): Reader<T> {
  return (value, at) => ((values as readonly unknown[]).includes(value) ? (value as T) : fail(at, `one of ${values.join(', ')}`, value));
}

/** null allowed, but the column or key must be there: a renamed column is never read as null. */
export function nullable<T>(read: Reader<T>): Reader<T | null> {
  return (value, at) => (value === null ? null : read(value, at));
}

/**
 * Absent or null allowed, read as null: for node and relationship properties, which Neo4j does
 * not store when they are null (a rel's `rationale` on a STATED link).
 */
export function optional<T>(read: Reader<T>): Reader<T | null> {
  return (value, at) => (value === null || value === undefined ? null : read(value, at));
}

export function list<T>(read: Reader<T>): Reader<T[]> {
  return (value, at) => {
    if (!Array.isArray(value)) return fail(at, 'a list', value);
    const out = new Array<T>(value.length);
    let index = 0;
    try {
      for (; index < value.length; index++) out[index] = read(value[index]);
    } catch (error) {
      within(error, `${at ?? ''}[${index}]`);
    }
    return out;
  };
}

type Shape = Record<string, Reader<unknown>>;
type Decoded<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !neo4j.isInt(value);

/** A map with exactly the declared keys read (others are dropped): a row or a nested map. */
export function object<S extends Shape>(shape: S): Reader<Decoded<S>> {
  return (value, at) => (isMap(value) ? readInto({}, shape, value, at) : fail(at, 'a map', value));
}

const readInto = <S extends Shape>(out: Record<string, unknown>, shape: S, value: Record<string, unknown>, at: string | undefined): Decoded<S> => {
  let key = '';
  try {
    for (key in shape) out[key] = shape[key](value[key]);
  } catch (error) {
    within(error, join(at ?? '', key));
  }
  return out as Decoded<S>;
};

/**
 * A property map (`properties(n)`): the declared keys checked and typed, every other property kept
 * as it is, for the GraphQL types that read a node's fields by name. Read in place: the map is one
 * the driver made for this answer alone (see db/plain.ts), and a page of partners at scale holds
 * thousands of them, each copied once more by the mappers; one copy fewer is GC work saved.
 */
export function properties<S extends Shape>(shape: S): Reader<Decoded<S> & Record<string, unknown>> {
  return (value, at) => (isMap(value) ? readInto(value, shape, value, at) : fail(at, 'a map', value));
}

/**
 * Decodes every row of cypher/<query>.cypher, or throws a RowShapeError naming the file and the
 * column: a query and its repository that disagree fail on the first row, in tests and in logs.
 */
export function decodeRows<T>(query: string, rows: readonly unknown[], read: Reader<T>): T[] {
  return rows.map((row, index) => decodeRow(query, row, read, index));
}

/** The one row of a query that returns one (an aggregate); null when it returned none. */
export function decodeSingleRow<T>(query: string, rows: readonly unknown[], read: Reader<T>): T | null {
  if (rows.length > 1) throw new RowShapeError(`cypher/${query}.cypher`, '(row count)', `at most one row expected, got ${rows.length}`);
  return rows.length === 0 ? null : decodeRow(query, rows[0], read, 0);
}

/** One row of a query read as it streams in (Database.stream); `index` is its place, for the message. */
export function decodeRow<T>(query: string, row: unknown, read: Reader<T>, index: number): T {
  try {
    return read(row);
  } catch (error) {
    if (!(error instanceof Mismatch)) throw error;
    throw new RowShapeError(`cypher/${query}.cypher`, error.at, `row ${index}: expected ${error.expected}, got ${error.actual}`);
  }
}
