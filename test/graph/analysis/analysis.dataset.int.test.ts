import type { Database } from '../../../src/db/database';
import { seedDatabase } from '../../../src/dataset/seed-dataset';
import { cleanTestDatabase } from '../../support/test-database';
import { execute } from '../../support/execute';
import { AnalysisRepository } from '../../../src/graph/analysis/analysis.repository';
import { buildCoverage, type Dimension } from '../../../src/graph/analysis/coverage';

describe('analysis queries on the real dataset (real Neo4j)', () => {
  let database: Database;

  beforeAll(async () => {
    database = await cleanTestDatabase();
    await seedDatabase(database);
  });
  afterAll(async () => {
    await database.close();
  });

  it('when crossing THEME × TOWN, then total is the number of initiatives with both a theme and a town', async () => {
    const [{ n }] = await database.write((tx) =>
      tx.runText('MATCH (i:Initiative) WHERE EXISTS { (i)-[:SUPPORTS]->(:Theme) } AND EXISTS { (i)-[:IN_TOWN]->(:Town) } RETURN count(i) AS n'),
    );
    const { data, errors } = await execute(database, '{ coverage(rows: THEME, columns: TOWN) { rows { id: value } columns { id: value } cells { row column count initiativeIds } total } }');
    expect(errors).toBeUndefined();
    expect(Number(n)).toBeGreaterThan(0);
    expect(data.coverage.total).toBe(Number(n));
    const counted = new Set(data.coverage.cells.flatMap((c: any) => c.initiativeIds));
    expect(counted.size).toBe(Number(n));
    for (const cell of data.coverage.cells) expect(cell.count).toBe(cell.initiativeIds.length);
  });

  // The counts were stored by the load (every initiative's values from analysis/coverage, counted in
  // Node); the ids come from analysis/coverage-cell, which starts from a cell's narrower value and
  // checks the other: two independent readings of what the dimensions mean, on every matrix.
  const DIMENSIONS = ['THEME', 'TOWN', 'TOWN_TOUCHED', 'COMMITTEE', 'YEAR', 'PARTNER_TYPE'];
  const pairs = DIMENSIONS.flatMap((rows) => DIMENSIONS.filter((columns) => columns !== rows).map((columns) => [rows, columns]));
  it.each(pairs)('when crossing %s × %s, then every count equals its cell\'s ids and the total the initiatives counted', async (rows, columns) => {
    const { data, errors } = await execute(database, `{ coverage(rows: ${rows}, columns: ${columns}) { cells { count initiativeIds } total } }`);
    expect(errors).toBeUndefined();
    expect(data.coverage.cells.length).toBeGreaterThan(0);
    for (const cell of data.coverage.cells) expect(cell.count).toBe(cell.initiativeIds.length);
    expect(data.coverage.total).toBe(new Set(data.coverage.cells.flatMap((cell: any) => cell.initiativeIds)).size);
  });

  it.each(pairs)('when crossing %s × %s, then the matrix equals one counted afresh from every initiative, ids in report order', async (rows, columns) => {
    const { data, errors } = await execute(database, `{ coverage(rows: ${rows}, columns: ${columns}) { total rows { value label } columns { value label }
      cells { row column count initiativeIds } } }`);
    expect(errors).toBeUndefined();
    const fresh = buildCoverage(await new AnalysisRepository(database).coverage([rows as Dimension, columns as Dimension]), rows as Dimension, columns as Dimension);
    const values = (list: { id: string; label: string }[]) => list.map(({ id, label }) => ({ value: id, label }));
    expect(data.coverage).toEqual({ total: fresh.total, rows: values(fresh.rows), columns: values(fresh.columns), cells: fresh.cells });
  });

  it('then the timeline years are strictly ascending and every event has evidence', async () => {
    const { data, errors } = await execute(database, '{ timeline { year events { initiative { id } event evidence { page quote } } results { id year } } }');
    expect(errors).toBeUndefined();
    const years = data.timeline.map((y: any) => y.year);
    expect(years.length).toBeGreaterThan(1);
    expect(years).toEqual([...years].sort((a: number, b: number) => a - b));
    expect(new Set(years).size).toBe(years.length);
    for (const year of data.timeline) {
      for (const result of year.results) expect(result.year).toBe(year.year);
      for (const event of year.events) expect(event.evidence.quote.length).toBeGreaterThan(0);
    }
  });

  it('then bridges come back ranked by score with betweenness within 0..1', async () => {
    const { data, errors } = await execute(database, '{ bridges(first: 100) { node { id } themes towns betweenness score } }');
    expect(errors).toBeUndefined();
    const scores = data.bridges.map((b: any) => b.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    for (const bridge of data.bridges) {
      expect(bridge.betweenness).toBeGreaterThanOrEqual(0);
      expect(bridge.betweenness).toBeLessThanOrEqual(1);
      expect(bridge.score).toBeCloseTo(bridge.themes + bridge.towns + bridge.betweenness, 10);
    }
  });
});
