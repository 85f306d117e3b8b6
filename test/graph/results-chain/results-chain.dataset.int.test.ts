import type { Database } from '../../../src/db/database';
import type { InitiativeEntry } from '../../../src/dataset/dataset.types';
import { readRawDataset } from '../../../src/dataset/read-dataset';
import { seedDatabase } from '../../../src/dataset/seed-dataset';
import { execute } from '../../support/execute';
import { cleanTestDatabase } from '../../support/test-database';

// The results queries on the real graph, checked against the seed's YAML read directly.
const initiatives = readRawDataset()
  .files.filter((file) => file.kind === 'initiative')
  .map((file) => file.data as InitiativeEntry);
const serves = (initiative: InitiativeEntry, theme: string) => (initiative.themes ?? []).some((link) => link.id === theme);
const resultIds = (initiative: InitiativeEntry, keep: (grade: number) => boolean) =>
  (initiative.results ?? []).flatMap((result, index) => (keep(result.support?.grade ?? 0) ? [`${initiative.id}-${index + 1}`] : []));

describe('results chain on the real dataset (real Neo4j)', () => {
  let database: Database;

  beforeAll(async () => {
    database = await cleanTestDatabase();
    await seedDatabase(database);
  }, 180_000); // the full seed validates every quote against the source: slow on a busy machine
  afterAll(async () => {
    await database.close();
  });

  it('when Rettidig Velfærd is asked with minSupport 3, then exactly its results graded 3 or more appear', async () => {
    const { data, errors } = await execute(
      database,
      '{ resultsChain(themeId: "rettidig-velfaerd", minSupport: 3) { themes { initiatives { initiative { slug } results { result { slug support { grade by } } } } } } }',
    );
    expect(errors).toBeUndefined();
    const got = data.resultsChain.themes[0].initiatives.flatMap((i: any) => i.results.map((r: any) => r.result.slug));
    const expected = initiatives
      .filter((initiative) => serves(initiative, 'rettidig-velfaerd'))
      .sort((a, b) => a.number - b.number)
      .flatMap((initiative) => resultIds(initiative, (grade) => grade >= 3));
    expect(expected.length).toBeGreaterThan(0);
    expect(got).toEqual(expected);
  });

  it('then each theme\'s scorecard counts the results and the initiatives without a result of the seed', async () => {
    const { data, errors } = await execute(database, '{ themeScorecard { theme { slug } initiatives results supportAtLeast3 initiativesWithoutResult { slug } } }');
    expect(errors).toBeUndefined();
    expect(data.themeScorecard).toHaveLength(3);
    for (const card of data.themeScorecard) {
      const mine = initiatives.filter((initiative) => serves(initiative, card.theme.slug)).sort((a, b) => a.number - b.number);
      expect(card.initiatives).toBe(mine.length);
      expect(card.results).toBe(mine.reduce((n, initiative) => n + (initiative.results ?? []).length, 0));
      expect(card.supportAtLeast3).toBe(mine.reduce((n, initiative) => n + resultIds(initiative, (grade) => grade >= 3).length, 0));
      expect(card.initiativesWithoutResult.map((i: any) => i.slug)).toEqual(mine.filter((i) => (i.results ?? []).length === 0).map((i) => i.id));
    }
  });

  it('when an indicator with a series is asked, then its results come in year order and all of them', async () => {
    const { data, errors } = await execute(database, '{ indicator(id: "antal-solgte-byggegrunde") { results { year period { to } } } }');
    expect(errors).toBeUndefined();
    const years = data.indicator.results.map((r: any) => r.year ?? r.period?.to ?? null).filter((y: number | null) => y !== null);
    expect(years).toEqual([...years].sort((a: number, b: number) => a - b));
    const count = initiatives.flatMap((i) => i.results ?? []).filter((r) => r.indicator?.id === 'antal-solgte-byggegrunde').length;
    expect(data.indicator.results).toHaveLength(count);
  });
});
