import type { Database } from '../../src/db/database';
import { readRawDataset } from '../../src/dataset/read-dataset';
import { seedDatabase } from '../../src/dataset/seed-dataset';
import type { InitiativeEntry } from '../../src/dataset/dataset.types';
import { cleanTestDatabase } from '../support/test-database';

// The seed's results, counted straight from the YAML files (not through toGraph), against the
// loaded graph: every result with its classification, one Indicator per indicator id.
const initiatives = readRawDataset()
  .files.filter((file) => file.kind === 'initiative')
  .map((file) => file.data as InitiativeEntry);
const results = initiatives.flatMap((initiative) => initiative.results ?? []);
const tally = (values: (string | number | undefined)[]) =>
  Object.fromEntries([...values.reduce((m, v) => m.set(String(v), (m.get(String(v)) ?? 0) + 1), new Map<string, number>())].sort());

describe('loading the results classification (real Neo4j, committed seed/)', () => {
  let database: Database;
  const rows = (text: string) => database.write((tx) => tx.runText(text));

  beforeAll(async () => {
    database = await cleanTestDatabase();
    await seedDatabase(database);
  }, 180_000); // the full seed validates every quote against the source: slow on a busy machine
  afterAll(async () => {
    await database.close();
  });

  it('then every result of the seed is a Result node with its level, kind and support grade', async () => {
    const counted = await rows(
      `MATCH (:Initiative)-[:ACHIEVED]->(r:Result)
       RETURN count(r) AS n, collect(r.level) AS levels, collect(r.resultKind) AS kinds, collect(r.supportGrade) AS grades,
              count(r.levelQuote) AS levelQuotes, count(r.supportQuote) AS supportQuotes`,
    );
    expect(results.length).toBeGreaterThan(200);
    expect(counted[0].n).toBe(results.length);
    expect(tally(counted[0].levels as string[])).toEqual(tally(results.map((r) => r.level?.value)));
    expect(tally(counted[0].kinds as string[])).toEqual(tally(results.map((r) => r.kind?.value)));
    expect(tally(counted[0].grades as number[])).toEqual(tally(results.map((r) => r.support?.grade)));
    expect(counted[0].levelQuotes).toBe(results.length);
    expect(counted[0].supportQuotes).toBe(results.length);
  });

  it('then results that share an indicator id share one Indicator node, and each has one MEASURES link', async () => {
    const ids = results.flatMap((r) => (r.indicator ? [r.indicator.id] : []));
    const [counted] = await rows(
      `MATCH (x:Indicator) WITH count(x) AS indicators
       MATCH (:Result)-[m:MEASURES]->(:Indicator) RETURN indicators, count(m) AS measures`,
    );
    expect(counted).toEqual({ indicators: new Set(ids).size, measures: ids.length });
    const series = await rows(
      `MATCH (r:Result)-[:MEASURES]->(x:Indicator {id: 'antal-solgte-byggegrunde'}) RETURN count(r) AS n`,
    );
    expect(series[0].n).toBe(ids.filter((id) => id === 'antal-solgte-byggegrunde').length);
  });

  it('then targets, baselines and periods are on the nodes that have them, each with its quote', async () => {
    const [counted] = await rows(
      `MATCH (r:Result) RETURN count(r.targetQuote) AS targets, count(r.baselineQuote) AS baselines, count(r.periodQuote) AS periods,
              count(r.targetValue) AS targetValues, count(r.periodFrom) AS periodFroms`,
    );
    expect(counted).toEqual({
      targets: results.filter((r) => r.target).length,
      targetValues: results.filter((r) => r.target).length,
      baselines: results.filter((r) => r.baseline).length,
      periods: results.filter((r) => r.period).length,
      periodFroms: results.filter((r) => r.period).length,
    });
  });
});
