import neo4j, { Date as Neo4jDate, DateTime, Duration, Node, Relationship } from 'neo4j-driver';
import { toCypherParams, toPlain } from '../../src/db/plain';

// Driver types stop at db/: what leaves toPlain is JSON, what leaves toCypherParams is what Cypher expects.

describe('toPlain', () => {
  it('when a value is a string, number or boolean, then it is returned as it is', () => {
    expect(toPlain('Grindsted')).toBe('Grindsted');
    expect(toPlain(1.5)).toBe(1.5);
    expect(toPlain(false)).toBe(false);
  });

  it('when a value is null or undefined, then it is null', () => {
    expect(toPlain(null)).toBeNull();
    expect(toPlain(undefined)).toBeNull();
  });

  it('when a Neo4j Integer is in the safe range, then it is a number; beyond it, a string with every digit', () => {
    expect(toPlain(neo4j.int(2023))).toBe(2023);
    expect(toPlain(neo4j.int(-7))).toBe(-7);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
  });

  it('when a bigint is in the safe range, then it is a number; beyond it, a string', () => {
    expect(toPlain(BigInt(42))).toBe(42);
    expect(toPlain(BigInt('-9007199254740993'))).toBe('-9007199254740993');
  });

  it('when lists and maps nest driver values, then every level is converted', () => {
    expect(toPlain({ years: [neo4j.int(2022), neo4j.int(2023)], inner: { count: neo4j.int(3), none: null } })).toEqual({
      years: [2022, 2023],
      inner: { count: 3, none: null },
    });
  });

  it('when a row is a plain map (a record\'s toObject()), then it is converted where it stands, not copied; a node\'s properties are left to the driver', () => {
    const properties = { page: neo4j.int(4) };
    const node = new Node(neo4j.int(1), ['Town'], properties, '4:x:1');
    const row = { count: neo4j.int(3), inner: { year: neo4j.int(2022) }, node };
    const plain = toPlain(row) as Record<string, any>;
    expect(plain).toBe(row);
    expect(plain).toEqual({ count: 3, inner: { year: 2022 }, node: { labels: ['Town'], page: 4 } });
    expect(properties.page).toEqual(neo4j.int(4));
  });

  it('when a node is returned, then it becomes its labels and converted properties', () => {
    const node = new Node(neo4j.int(1), ['Town'], { id: 'grindsted', initiatives: neo4j.int(11) }, '4:x:1');
    expect(toPlain(node)).toEqual({ labels: ['Town'], id: 'grindsted', initiatives: 11 });
  });

  it('when a relationship is returned, then it becomes its type and converted properties', () => {
    const relationship = new Relationship(neo4j.int(1), neo4j.int(2), neo4j.int(3), 'IN_TOWN', { page: neo4j.int(12) });
    expect(toPlain(relationship)).toEqual({ type: 'IN_TOWN', page: 12 });
  });

  it('when a date, date-time or duration is returned, then it is its ISO text', () => {
    expect(toPlain(new Neo4jDate(2024, 5, 1))).toBe('2024-05-01');
    expect(toPlain(new DateTime(2025, 1, 2, 3, 4, 5, 0, 0))).toBe('2025-01-02T03:04:05Z');
    expect(toPlain(new Duration(0, 1, 30, 0))).toBe('P1DT30S');
  });
});

describe('toCypherParams', () => {
  it('when a number is whole, then it is sent as a Neo4j integer (so LIMIT $n works and 2023 is not stored as 2023.0)', () => {
    const value = toCypherParams(2023);
    expect(neo4j.isInt(value)).toBe(true);
    expect((value as ReturnType<typeof neo4j.int>).toNumber()).toBe(2023);
  });

  it('when a number has a fraction or is beyond the safe range, then it stays a float', () => {
    expect(toCypherParams(0.5)).toBe(0.5);
    expect(toCypherParams(2 ** 60)).toBe(2 ** 60);
  });

  it('when numbers sit in plain objects and lists, then they are converted at every level', () => {
    const params = toCypherParams({ limit: 10, ids: ['a'], years: [2022], filter: { first: 5, text: 'x' } }) as any;
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect(params.ids).toEqual(['a']);
    expect(neo4j.isInt(params.years[0])).toBe(true);
    expect(neo4j.isInt(params.filter.first)).toBe(true);
    expect(params.filter.text).toBe('x');
  });

  it('when a value is not a plain object (a Neo4j Integer, a Date), then it passes unchanged', () => {
    const integer = neo4j.int(5);
    const date = new globalThis.Date(0);
    expect(toCypherParams(integer)).toBe(integer);
    expect(toCypherParams(date)).toBe(date);
    expect(toCypherParams(null)).toBeNull();
  });
});
