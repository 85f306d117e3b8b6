import type { Database } from '../../src/db/database';
import { seedDatabase } from '../../src/dataset/seed-dataset';
import { execute } from '../support/execute';
import { cleanTestDatabase } from '../support/test-database';

// The new analyst questions asked of the real graph (seed/), with the answers checked by hand
// against the report: the README cookbook quotes the same answers.
describe('analyst questions (real dataset)', () => {
  let database: Database;
  beforeAll(async () => {
    database = await cleanTestDatabase();
    await seedDatabase(database);
  }, 120_000);
  afterAll(() => database.close());

  const ask = async (query: string) => {
    const { data, errors } = await execute(database, query);
    expect(errors).toBeUndefined();
    return data;
  };
  const slugs = (page: any) => page.edges.map((edge: any) => edge.node.slug);

  it('when bodies in two or more initiatives in any role are asked, then 10 organisations answer, 8 of them bodies', async () => {
    const data = await ask(`{
      any: organisations(minInitiatives: 2) { totalCount edges { node { organisation { slug kind } roleCounts { role count } } } }
      bodies: organisations(minInitiatives: 2, kinds: [BODY]) { totalCount }
    }`);
    expect(data.any.totalCount).toBe(10);
    expect(data.bodies.totalCount).toBe(8);
    const fengsel = data.any.edges.find((edge: any) => edge.node.organisation.slug === 'sdr-omme-faengsel');
    expect(fengsel.node.roleCounts).toEqual([{ role: 'PARTNER', count: 0 }, { role: 'MENTION', count: 2 }]);
    expect(data.any.edges.map((edge: any) => edge.node.organisation.kind)).toEqual(expect.arrayContaining(['GROUP', 'EVENT']));
  });

  it('when initiatives in both Hejnsvig and Filskov are asked, then "Byprofiler og attraktive lokalsamfund" is the one', async () => {
    const data = await ask('{ initiativesPage(filter: { towns: ["hejnsvig", "filskov"], townMatch: ALL }) { totalCount edges { node { slug } } } }');
    expect(slugs(data.initiativesPage)).toEqual(['byprofiler-og-attraktive-lokalsamfund']);
  });

  it('when Filskov is asked with TOUCHES, then the dental clinic workshops at Filskov Skole count, through the school', async () => {
    const data = await ask(`{
      in: initiativesPage(filter: { towns: ["filskov"] }) { totalCount }
      touches: initiativesPage(filter: { towns: ["filskov"], townReach: TOUCHES }) { totalCount edges { node { slug } } }
      town: node(id: "town:filskov") { ... on Town { initiatives(reach: TOUCHES) { node { slug } via { id } } } }
    }`);
    expect(data.in.totalCount).toBe(5);
    expect(data.touches.totalCount).toBe(6);
    expect(data.town.initiatives).toContainEqual({ node: { slug: 'tandklinik-i-grindsted' }, via: { id: 'unit:filskov-skole' } });
    expect(data.town.initiatives).toContainEqual({ node: { slug: 'opgradering-af-fritidsfaciliteter' }, via: { id: 'organisation:viadukthallen' } });
  });

  it('when "sønder omme" is the text filter, then all 9 initiatives in the town and the prison\'s district heating are found', async () => {
    const data = await ask(`{
      text: initiativesPage(filter: { text: "sønder omme" }, first: 50) { totalCount edges { node { slug } } }
      town: initiativesPage(filter: { towns: ["soender-omme"] }, first: 50) { totalCount edges { node { slug } } }
    }`);
    expect(data.town.totalCount).toBe(9);
    expect(data.text.totalCount).toBe(10);
    expect(slugs(data.text)).toEqual(expect.arrayContaining([...slugs(data.town), 'fjernvarmeforsyningssikkerhed']));
  });

  it('when "Sdr.Omme" is typed without a space, or a word broken across lines, then search finds it', async () => {
    const data = await ask(`{
      sdr: search(text: "Sdr.Omme", first: 3) { node { id } }
      broken: search(text: "forventes klar", types: [INITIATIVE], first: 1) { node { id } field }
    }`);
    expect(data.sdr.map((hit: any) => hit.node.id)).toEqual(['town:soender-omme', 'organisation:sdr-omme-faengsel', 'organisation:sdr-omme-multicenter']);
    expect(data.broken).toEqual([{ node: { id: 'initiative:gyngetraeet' }, field: 'evidence' }]);
  });

  it('when initiatives are counted per town, then Grindsted leads with 16, and 17 counting the bodies located there', async () => {
    const data = await ask(`{ initiativesPage(first: 1) {
      towns: countsBy(dimension: TOWN) { value { value } count }
      touched: countsBy(dimension: TOWN_TOUCHED) { value { value } count }
    } }`);
    expect(data.initiativesPage.towns.slice(0, 3)).toEqual([
      { value: { value: 'town:grindsted' }, count: 16 },
      { value: { value: 'town:billund' }, count: 13 },
      { value: { value: 'town:soender-omme' }, count: 9 },
    ]);
    expect(data.initiativesPage.touched[0]).toEqual({ value: { value: 'town:grindsted' }, count: 17 });
  });

  it('when Dansk Industri is read, then its two distinct parts hang under it with inferred evidence', async () => {
    const data = await ask('{ node(id: "organisation:dansk-industri") { ... on Partner { aliases parts { node { slug } evidence { page basis } } } } }');
    expect(data.node).toEqual({
      aliases: ['DI'],
      parts: [
        { node: { slug: 'di-laerlingeindsats' }, evidence: { page: 47, basis: 'INFERRED' } },
        { node: { slug: 'di-region-sydvestjylland' }, evidence: { page: 47, basis: 'INFERRED' } },
      ],
    });
  });

  it('when an initiative\'s results are listed, then they come by year, undated last', async () => {
    const data = await ask('{ initiative(id: "erhvervs-og-turistvenlig-kommune") { results { node { year } } } }');
    const years = data.initiative.results.map((edge: any) => edge.node.year ?? 9999);
    expect(years).toEqual([...years].sort((a: number, b: number) => a - b));
    expect(years[years.length - 1]).toBe(9999);
  });

  it('when totals are asked, then every kind is counted without fetching the lists', async () => {
    const data = await ask('{ totals { kind count } }');
    expect(data.totals).toContainEqual({ kind: 'INITIATIVE', count: 100 });
    expect(data.totals).toContainEqual({ kind: 'PARTNER', count: 85 });
    expect(data.totals).toContainEqual({ kind: 'TOWN', count: 10 });
  });
  it('when timeline, sharedPartners and coPartners are asked by basis, then they split the unfiltered answer as the graph\'s links do', async () => {
    const [links] = await database.write((tx) =>
      tx.runText(`MATCH ()-[r:IN_YEAR|ACHIEVED|WITH_PARTNER]->()
                  RETURN count(CASE WHEN r.basis = 'INFERRED' THEN 1 END) AS inferred, count(*) AS all`),
    );
    const data = await ask(`{
      all: timeline { year events { event } results { id } }
      stated: timeline(basis: STATED) { year events { event } results { id } }
      inferred: timeline(basis: INFERRED) { year events { event } results { id } }
      coAll: coPartners(partnerId: "kirkbi") { partner { slug } sharedCount }
      coStated: coPartners(partnerId: "kirkbi", basis: STATED) { partner { slug } sharedCount }
      coInferred: coPartnersPage(partnerId: "kirkbi", basis: INFERRED) { totalCount }
      sharedAll: sharedPartners(a: "attraktive-bymidter", b: "travbyen") { partner { slug } }
      sharedInferred: sharedPartners(a: "attraktive-bymidter", b: "travbyen", basis: INFERRED) { partner { slug } }
    }`);
    const count = (timeline: any[]) => timeline.reduce((sum, year) => sum + year.events.length + year.results.length, 0);
    expect(count(data.all)).toBeGreaterThan(100);
    expect(count(data.stated) + count(data.inferred)).toBe(count(data.all));
    // The report's year, result and partner links are all stated in words (the inferred links are
    // themes, places and parts of bodies): the stated answers are the unfiltered ones.
    expect(Number(links.inferred)).toBe(0);
    expect(data.inferred).toEqual([]);
    expect(data.stated).toEqual(data.all);
    expect(data.coStated).toEqual(data.coAll);
    expect(data.coInferred.totalCount).toBe(0);
    expect(data.sharedAll.map((row: any) => row.partner.slug)).toEqual(['kirkbi']);
    expect(data.sharedInferred).toEqual([]);
  });
});
