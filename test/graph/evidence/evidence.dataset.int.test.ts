import type { Database } from '../../../src/db/database';
import { seedDatabase } from '../../../src/dataset/seed-dataset';
import { execute } from '../../support/execute';
import { cleanTestDatabase } from '../../support/test-database';

// The evidence queries on the real graph (seed/): answers read in seed/source/fra-vision-til-virkelighed.txt.
describe('evidence queries on the real graph', () => {
  let database: Database;
  const run = (source: string, variables?: Record<string, unknown>) => execute(database, source, variables);
  beforeAll(async () => {
    database = await cleanTestDatabase();
    await seedDatabase(database);
  }, 240_000);
  afterAll(async () => {
    await database?.close();
  });

  it('when every stated link is read, then its quote is positioned exact or hyphen-joined', async () => {
    const rows = await database.read('evidence/stated-alignments');
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.alignment))).toEqual(new Set(['exact', 'hyphen-joined']));
  });

  it('when the IN_TOWN link of Grindsted Retailpark is verified, then it is EXACT, from line 1635, in the passage of page 25', async () => {
    const { data } = await run(`{ initiative(id: "grindsted-retailpark") { towns { evidence { id quote firstLine alignment passage { id page } document { publisher municipalityCode councilPeriod } } } } }`);
    const evidence = data.initiative.towns[0].evidence;
    // line 1635 reads "transformation som handelsby. Med ", the quote's first word
    expect(evidence).toMatchObject({
      quote: 'Med udviklingen af Grindsted Retailpark er der taget et stort skridt',
      firstLine: 1635,
      alignment: 'exact',
      passage: { id: 'passage:billund-fra-vision-til-virkelighed-2025/grindsted-retailpark', page: 25 },
      document: { publisher: 'Billund Kommune', municipalityCode: '0530', councilPeriod: '2022–2025' },
    });
    const check = await run('query ($id: String!) { verifyEvidence(id: $id) { status } }', { id: evidence.id });
    expect(check.data.verifyEvidence.status).toBe('EXACT');
  });

  it('when the passages are searched for "fritidsjob", then the example Et fritidsjob til forskel ranks first', async () => {
    const { data, errors } = await run('{ searchPassages(text: "fritidsjob", first: 5) { rank passage { initiative { id } } markedSnippet } }');
    expect(errors).toBeUndefined();
    expect(data.searchPassages[0].passage.initiative.id).toBe('initiative:et-fritidsjob-til-forskel');
    expect(data.searchPassages[0].markedSnippet).toMatch(/«fritidsjob/i);
  });

  it('when every initiative\'s passages are asked, then each of the 100 has one, holding its links\' quotes', async () => {
    const { data, errors } = await run('{ initiatives { id passages { id marks { links { type } } } } }');
    expect(errors).toBeUndefined();
    expect(data.initiatives).toHaveLength(100);
    expect(data.initiatives.filter((i: { passages: unknown[] }) => i.passages.length !== 1)).toEqual([]);
  });
});
