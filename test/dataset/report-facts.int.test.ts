import type { Database, Params, Row } from '../../src/db/database';
import { seedDatabase } from '../../src/dataset/seed-dataset';
import { SourceText } from '../../src/dataset/source-text';
import { cleanTestDatabase } from '../support/test-database';

// Facts checked by hand against seed/source/fra-vision-til-virkelighed.txt and then asked of the
// loaded graph. Each test names the fact and the page of the report where it stands.

describe('the loaded graph (facts of "Fra vision til virkelighed")', () => {
  let database: Database;
  const query = (text: string, params: Params = {}): Promise<Row[]> => database.write((tx) => tx.runText(text, params));

  beforeAll(async () => {
    database = await cleanTestDatabase();
    await seedDatabase(database);
  });
  afterAll(async () => {
    await database.close();
  });

  interface Link {
    id: string;
    name: string;
    labels: string[];
    r: Record<string, unknown>;
  }

  /** The relationships of one type from one initiative, with the far end's id and name. */
  const linksFrom = async (initiative: string, type: string): Promise<Link[]> =>
    (await query(
      `MATCH (i:Initiative {id: $initiative})-[r]->(x)
       WHERE type(r) = $type
       RETURN x.id AS id, coalesce(x.name, x.title) AS name, labels(x) AS labels, properties(r) AS r
       ORDER BY id`,
      { initiative, type },
    )) as unknown as Link[];

  it('Grindstedforureningen (p. 12) is handled with Region Syddanmark as partner', async () => {
    const partners = await linksFrom('grindstedforureningen', 'WITH_PARTNER');

    expect(partners).toEqual([
      {
        id: 'region-syddanmark',
        name: 'Region Syddanmark',
        labels: expect.arrayContaining(['Organisation', 'Partner']),
        r: expect.objectContaining({
          page: 12,
          basis: 'STATED',
          quote: 'et tæt og koordineret samarbejde mellem Billund Kommune og Region Syddanmark',
        }),
      },
    ]);
  });

  it('Klimaplan (p. 31) mentions Bloomberg Philanthropies, which funds "Unges klimahandling", without making it a partner', async () => {
    const mentions = await linksFrom('klimaplan', 'MENTIONS');
    const partnerLinks = await query("MATCH (:Initiative)-[r:WITH_PARTNER]->(:Organisation {id: 'bloomberg-philanthropies'}) RETURN count(r) AS n");
    const [bloomberg] = await query("MATCH (o:Organisation {id: 'bloomberg-philanthropies'}) RETURN labels(o) AS labels, o.type AS type");

    expect(mentions).toContainEqual(
      expect.objectContaining({ id: 'bloomberg-philanthropies', r: expect.objectContaining({ page: 31, quote: expect.stringContaining('Unges klimahandling') }) }),
    );
    expect(partnerLinks).toEqual([{ n: 0 }]);
    expect(bloomberg.type).toBe('foundation');
    expect(bloomberg.labels).not.toContain('Partner');
  });

  it('Kompressionsstrømper (p. 40) mentions Ankestyrelsen, the authority whose principmeddelelse prompted it, not as a partner', async () => {
    const mentions = await linksFrom('kompressionsstroemper', 'MENTIONS');
    const partners = await linksFrom('kompressionsstroemper', 'WITH_PARTNER');

    expect(mentions).toEqual([
      expect.objectContaining({
        id: 'ankestyrelsen',
        r: expect.objectContaining({ page: 40, quote: 'Baggrunden for den nye praksis er en principmeddelelse fra Ankestyrelsen' }),
      }),
    ]);
    expect(partners).toEqual([]);
    expect(await query("MATCH (o:Organisation {id: 'ankestyrelsen'}) RETURN o.type AS type, 'Partner' IN labels(o) AS partner")).toEqual([
      { type: 'state_agency', partner: false },
    ]);
  });

  it('Tandklinik i Grindsted (p. 53) is in the town of Grindsted, where a new Centralklinik is being built', async () => {
    const towns = await linksFrom('tandklinik-i-grindsted', 'IN_TOWN');

    expect(towns).toEqual([
      expect.objectContaining({ id: 'grindsted', name: 'Grindsted', r: expect.objectContaining({ page: 53, quote: 'etablering af en ny Centralklinik i Grindsted' }) }),
    ]);
  });

  it('Cykel- og vandrestier (p. 11) is in Sønder Omme, written "Sdr. Omme" in the report, with Dansk Cykelturisme and Dansk Vandrelaug as partners', async () => {
    const towns = await linksFrom('cykel-og-vandrestier', 'IN_TOWN');
    const partners = await linksFrom('cykel-og-vandrestier', 'WITH_PARTNER');
    const sdrOmme = await query("MATCH (t:Town) WHERE t.name = 'Sdr. Omme' OR 'Sdr. Omme' IN t.aliases RETURN t.id AS id, t.name AS name, t.folded AS folded");

    expect(sdrOmme).toEqual([{ id: 'soender-omme', name: 'Sønder Omme', folded: expect.stringContaining('sonder omme') }]);
    expect(towns).toContainEqual(
      expect.objectContaining({ id: 'soender-omme', r: expect.objectContaining({ quote: 'i Sdr. Omme oprettet et nyt cykelknudepunktsnetværk' }) }),
    );
    expect(partners.map((p) => p.name)).toEqual(['Dansk Cykelturisme', 'Dansk Vandrelaug']);
  });

  it('Klimaplan (p. 31) was decided by Kommunalbestyrelsen in spring 2023, and Sammen om skolen (p. 36) involves Børne- og Familieudvalget without being decided by it', async () => {
    const decided = await linksFrom('klimaplan', 'DECIDED_BY');
    const involved = await linksFrom('sammen-om-skolen', 'INVOLVES');
    const decidedSkole = await linksFrom('sammen-om-skolen', 'DECIDED_BY');

    expect(decided).toEqual([
      expect.objectContaining({
        id: 'kommunalbestyrelsen',
        labels: expect.arrayContaining(['Committee']),
        r: expect.objectContaining({ quote: 'Klimaplanen, som blev vedtaget i kommunalbestyrelsen i foråret 2023' }),
      }),
    ]);
    expect(involved).toEqual([
      expect.objectContaining({
        id: 'boerne-og-familieudvalget',
        name: 'Børne- og Familieudvalget',
        r: expect.objectContaining({ page: 36, quote: 'Forummet samler repræsentanter fra Børne- og Familieudvalget' }),
      }),
    ]);
    expect(decidedSkole).toEqual([]);
  });

  it('Klimaplan (p. 31) sets 2030 as the year of a 70 procent reduction and 2050 as the year of netto-nul', async () => {
    const years = await query(
      `MATCH (:Initiative {id: 'klimaplan'})-[r:IN_YEAR]->(y:Year)
       RETURN y.value AS year, r.event AS event, r.quote AS quote ORDER BY year`,
    );

    expect(years.map((y) => y.year)).toEqual([1990, 2022, 2023, 2025, 2030, 2050]);
    expect(years.find((y) => y.year === 2030)).toEqual({
      year: 2030,
      event: expect.stringContaining('70 procent'),
      quote: 'reducere udledningerne af klimagasser med 70 procent i 2030',
    });
    expect(years.find((y) => y.year === 2050)).toEqual(expect.objectContaining({ event: expect.stringMatching(/netto-nul/i) }));
  });

  it('Grindstedforureningen (p. 12) held a borgermøde in 2023 and a sundhedsundersøgelse in 2024', async () => {
    const years = await query(
      `MATCH (:Initiative {id: 'grindstedforureningen'})-[r:IN_YEAR]->(y:Year)
       RETURN y.value AS year, r.event AS event ORDER BY year`,
    );

    expect(years).toEqual([
      { year: 2023, event: expect.stringMatching(/borgermøde/i) },
      { year: 2024, event: expect.stringMatching(/sundhedsundersøgelse/i) },
    ]);
  });

  it('Et fritidsjob til forskel (p. 21) had established 66 fritidsjob by the end of 2024', async () => {
    const results = await query(
      `MATCH (:Initiative {id: 'et-fritidsjob-til-forskel'})-[r:ACHIEVED]->(x:Result)
       WHERE x.unit = 'fritidsjob'
       RETURN x.value AS value, x.unit AS unit, x.year AS year, r.page AS page, r.quote AS quote`,
    );

    expect(results).toEqual([
      { value: 66, unit: 'fritidsjob', year: 2024, page: 21, quote: 'hvoraf de ved udgangen af 2024 havde etableret 66 fritidsjob' },
    ]);
  });

  it('Mentornetværket (p. 39) is related to Virksomhedsnetværket (p. 9), of which it is a part', async () => {
    const related = await linksFrom('mentornetvaerket', 'RELATED_TO');

    expect(related).toEqual([
      expect.objectContaining({
        id: 'virksomhedsnetvaerket',
        name: 'Virksomhedsnetværket',
        r: expect.objectContaining({ page: 39, quote: expect.stringContaining('Som en del af det tværgående virksomhedsnetværk') }),
      }),
    ]);
    expect(await query("MATCH (i:Initiative {id: 'virksomhedsnetvaerket'}) RETURN i.page AS page")).toEqual([{ page: 9 }]);
  });

  it('Succesfuld beskæftigelsesindsats (p. 8) is run by Jobcentret, known in the report as "Jobcenter Billund", a unit and not a partner', async () => {
    const units = await linksFrom('succesfuld-beskaeftigelsesindsats', 'RUN_BY');

    expect(units).toEqual([
      expect.objectContaining({ id: 'jobcentret', name: 'Jobcentret', r: expect.objectContaining({ page: 8, quote: 'Jobcenter Billund ligger blandt de bedste i landet' }) }),
    ]);
    const [jobcentret] = await query("MATCH (u:Unit {id: 'jobcentret'}) RETURN u.aliases AS aliases, labels(u) AS labels");
    expect(jobcentret.aliases).toContain('Jobcenter Billund');
    expect(jobcentret.labels).not.toContain('Organisation');
    expect(jobcentret.labels).not.toContain('Partner');
  });

  it('Klimaplan (p. 31) names all three themes itself (stated), while Succesfuld beskæftigelsesindsats (p. 8) is tied to Vokseværk i Erhvervslivet by inference, with a rationale', async () => {
    const klimaplan = await linksFrom('klimaplan', 'SUPPORTS');
    const beskaeftigelse = await linksFrom('succesfuld-beskaeftigelsesindsats', 'SUPPORTS');

    expect(klimaplan.map((t) => [t.name, t.r.basis])).toEqual([
      ['Rettidig Velfærd', 'STATED'],
      ['Stærke Byer', 'STATED'],
      ['Vokseværk i Erhvervslivet', 'STATED'],
    ]);
    for (const t of klimaplan) expect(t.r.quote).toBe('kommune med stærke byer, rettidig velfærd og vokseværk i erhvervslivet');
    const voksevaerk = beskaeftigelse.find((t) => t.id === 'voksevaerk-i-erhvervslivet');
    expect(voksevaerk?.r).toEqual(
      expect.objectContaining({ basis: 'INFERRED', page: 8, rationale: expect.stringMatching(/\S/), quote: 'på et smidigt og effektivt samarbejde med virksomhederne' }),
    );
  });

  it('every relationship from an initiative carries its evidence: a page of the report, a basis, a quote found in the report, and a rationale when inferred', async () => {
    const source = SourceText.load();
    const links = await query(
      `MATCH (i:Initiative)-[r]->()
       RETURN i.id AS initiative, type(r) AS type, r.page AS page, r.quote AS quote, r.basis AS basis, r.rationale AS rationale`,
    );

    expect(links.length).toBeGreaterThan(600);
    const faults = links.filter(
      (l) =>
        !Number.isInteger(l.page) ||
        (l.page as number) < 1 ||
        (l.page as number) > 65 ||
        !['STATED', 'INFERRED'].includes(l.basis as string) ||
        typeof l.quote !== 'string' ||
        !source.contains(l.quote) ||
        (l.basis === 'INFERRED' && !(typeof l.rationale === 'string' && l.rationale.trim() !== '')),
    );
    expect(faults).toEqual([]);
  });

  it('"Billund Kommune", the municipality that wrote the report, is not a Town, while the town of Billund is', async () => {
    const kommune = await query(
      `MATCH (t:Town)
       WHERE toLower(t.name) CONTAINS 'kommune' OR any(a IN t.aliases WHERE toLower(a) CONTAINS 'kommune')
       RETURN t.id AS id`,
    );
    const named = await query("MATCH (n) WHERE n.name = 'Billund Kommune' OR 'Billund Kommune' IN coalesce(n.aliases, []) RETURN labels(n) AS labels");

    expect(kommune).toEqual([]);
    expect(named.filter((n) => (n.labels as string[]).includes('Town'))).toEqual([]);
    expect(await query("MATCH (t:Town {id: 'billund'}) RETURN t.name AS name")).toEqual([{ name: 'Billund' }]);
  });

  it('the three recommendations (p. 6) each build on their own theme of Fremtidens Legeplads', async () => {
    const recommendations = await query(
      `MATCH (r:Recommendation)-[e:BUILDS_ON]->(t:Theme)
       RETURN r.number AS number, r.title AS title, r.page AS page, t.name AS theme, e.page AS evidencePage
       ORDER BY number`,
    );

    expect(recommendations).toEqual([
      { number: 1, title: 'Stærke byer kræver stærke valg', page: 6, theme: 'Stærke Byer', evidencePage: 6 },
      { number: 2, title: 'Velfærden skal tænkes rettidigt og med afsæt i borgernes liv', page: 6, theme: 'Rettidig Velfærd', evidencePage: 6 },
      { number: 3, title: 'Vokseværk i erhvervslivet er et fundament for vækst', page: 6, theme: 'Vokseværk i Erhvervslivet', evidencePage: 6 },
    ]);
    expect(await query('MATCH (r:Recommendation) RETURN count(r) AS n')).toEqual([{ n: 3 }]);
  });

  it('the strategy Fremtidens Legeplads has exactly three themes: Stærke Byer, Rettidig Velfærd and Vokseværk i Erhvervslivet (p. 3)', async () => {
    const themes = await query(
      `MATCH (s:Strategy)-[:HAS_THEME]->(t:Theme)
       RETURN s.name AS strategy, t.name AS theme ORDER BY theme`,
    );

    expect(themes).toEqual([
      { strategy: 'Fremtidens Legeplads', theme: 'Rettidig Velfærd' },
      { strategy: 'Fremtidens Legeplads', theme: 'Stærke Byer' },
      { strategy: 'Fremtidens Legeplads', theme: 'Vokseværk i Erhvervslivet' },
    ]);
    expect(await query('MATCH (s:Strategy) RETURN count(s) AS n')).toEqual([{ n: 1 }]);
    expect(await query('MATCH (t:Theme) RETURN count(t) AS n')).toEqual([{ n: 3 }]);
  });

  it('seven towns have a byprofil with a vision for 2034 (p. 14); the other towns have none', async () => {
    const towns = await query(
      `MATCH (t:Town)
       RETURN t.name AS name, t.profileSummary IS NOT NULL AS profiled, t.profilePage AS page, t.profileQuote AS quote
       ORDER BY name`,
    );
    const profiled = towns.filter((t) => t.profiled);

    expect(profiled.map((t) => t.name)).toEqual(['Billund', 'Filskov', 'Grindsted', 'Hejnsvig', 'Stenderup-Krogager', 'Sønder Omme', 'Vorbasse']);
    for (const t of profiled) {
      expect(t.page).toBe(14);
      expect(t.quote).toMatch(/2034|Vorbasse/);
    }
    expect(towns.filter((t) => !t.profiled).map((t) => t.name)).toEqual(['Nollund-Urup', 'Travbyen', 'Vesterhede']);
  });
});
