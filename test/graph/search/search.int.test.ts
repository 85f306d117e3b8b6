import type { Database } from '../../../src/db/database';
import { seedDatabase } from '../../../src/dataset/seed-dataset';
import { execute } from '../../support/execute';
import { cleanTestDatabase } from '../../support/test-database';

describe('search (real dataset)', () => {
  let database: Database;
  beforeAll(async () => {
    database = await cleanTestDatabase();
    await seedDatabase(database);
  });
  afterAll(() => database.close());

  const ids = async (text: string, extra = '') => {
    const result = await execute(database, `query($text: String!) { search(text: $text ${extra}) { node { id } field score } }`, { text });
    expect(result.errors).toBeUndefined();
    return result.data.search.map((hit: { node: { id: string } }) => hit.node.id) as string[];
  };

  it.each(['sdr omme', 'Sønder Omme', 'sonder omme', 'Sdr. Omme'])('when a Dane types "%s", then the town Sønder Omme comes first', async (text) => {
    expect((await ids(text))[0]).toBe('town:soender-omme');
  });

  it('when "grindsted" is typed, then the town comes first and Grindsted initiatives follow', async () => {
    const found = await ids('grindsted');
    expect(found[0]).toBe('town:grindsted');
    expect(found).toEqual(expect.arrayContaining(['initiative:grindsted-retailpark', 'initiative:tandklinik-i-grindsted']));
  });

  it('when a merged spelling is typed, then the one entity is found', async () => {
    expect((await ids('KIRKBI A/S'))[0]).toBe('organisation:kirkbi');
  });

  it('when restricted to initiatives, then only initiatives come back, ranked by score', async () => {
    const result = await execute(database, '{ search(text: "fritidsjob", types: [INITIATIVE], first: 5) { node { id } score field } }');
    const hits = result.data.search;
    expect(hits[0].node.id).toBe('initiative:et-fritidsjob-til-forskel');
    expect(hits.every((hit: { node: { id: string } }) => hit.node.id.startsWith('initiative:'))).toBe(true);
    const scores = hits.map((hit: { score: number }) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('when initiatives are filtered by free text, then the same engine decides', async () => {
    const result = await execute(database, '{ initiativesPage(filter: { text: "tandklinik" }) { totalCount edges { node { slug } } } }');
    expect(result.data.initiativesPage.edges[0].node.slug).toBe('tandklinik-i-grindsted');
  });

  it('when the text is too long or first too large, then BAD_USER_INPUT', async () => {
    const long = await execute(database, 'query($t: String!) { search(text: $t) { field } }', { t: 'x'.repeat(201) });
    expect(long.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const many = await execute(database, '{ search(text: "by", first: 500) { field } }');
    expect(many.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
