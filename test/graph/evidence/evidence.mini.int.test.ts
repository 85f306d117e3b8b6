import type { Database } from '../../../src/db/database';
import { withEvidence } from '../../../src/dataset/evidence/evidence-graph';
import { evidenceId } from '../../../src/dataset/evidence/source-document';
import { loadGraph } from '../../../src/dataset/load-dataset';
import { toGraph } from '../../../src/dataset/to-graph';
import { miniDataset } from '../../fixtures/mini-dataset';
import { MINI_DOCUMENT, miniEvidence } from '../../fixtures/mini-sources';
import { execute } from '../../support/execute';
import { cleanTestDatabase } from '../../support/test-database';

// Answers worked out by hand from the text of test/fixtures/mini-sources.ts: line 9 starts at code
// point 175 ("FREMTIDENS LEGEPLADS" 20 + 1, line 2 49 + 1, line 3 30 + 1, line 4 0 + 1, line 5 25 + 1,
// line 6 34 + 1, line 7 0 + 1, line 8 9 + 1), and "solceller i Grindsted" stands 45 code points into it.
const SOLCELLER = { start: 220, end: 241 };
const KLIMAPLAN_PASSAGE = 'passage:mini-rapport/klimaplan';

describe('evidence queries over the mini fixture', () => {
  let database: Database;
  const run = (source: string, variables?: Record<string, unknown>) => execute(database, source, variables);
  beforeAll(async () => {
    database = await cleanTestDatabase();
    await loadGraph(database, withEvidence(toGraph(miniDataset), miniEvidence()));
  }, 180_000);
  afterAll(async () => {
    await database?.close();
  });

  it('when a link is asked with its evidence, then it has its id, positions, ~30 characters around, lines, alignment, document and passage', async () => {
    const { data, errors } = await run(`{ initiative(id: "klimaplan") { towns { evidence {
      id quote start end prefix suffix firstLine lastLine alignment document { id title sha256 municipalityCode } passage { id page } } } } }`);
    expect(errors).toBeUndefined();
    expect(data.initiative.towns).toEqual([
      {
        evidence: {
          id: evidenceId(MINI_DOCUMENT.sha256, SOLCELLER.start, SOLCELLER.end),
          quote: 'solceller i Grindsted',
          ...SOLCELLER,
          prefix: 'er stærke byer og grøn vækst: ',
          suffix: ',\nsammen med Region Syddanmark', // 1 + 1 + 6 + 1 + 3 + 1 + 6 + 1 + 10 = 30
          firstLine: 9,
          lastLine: 9,
          alignment: 'exact',
          document: { id: 'document:mini-rapport', title: 'Mini-rapport', sha256: MINI_DOCUMENT.sha256, municipalityCode: '0530' },
          passage: { id: KLIMAPLAN_PASSAGE, page: 31 },
        },
      },
    ]);
  });

  it('when a quote joins a word the layout split ("Job-/centret"), then its link says hyphen-joined and verifyEvidence agrees', async () => {
    const { data } = await run('{ initiative(id: "fritidsjob") { units { evidence { id start end alignment firstLine lastLine } } } }');
    const evidence = data.initiative.units[0].evidence;
    expect(evidence).toMatchObject({ start: 528, end: 548, alignment: 'hyphen-joined', firstLine: 16, lastLine: 17 });
    const check = await run('query ($id: String!) { verifyEvidence(id: $id) { status quote start end foundStart foundEnd } }', { id: evidence.id });
    expect(check.data.verifyEvidence).toEqual({ status: 'HYPHEN_JOINED', quote: 'Jobcentret hjælper', start: 528, end: 548, foundStart: 528, foundEnd: 548 });
  });

  it('when verifyEvidence is asked for an exact quote, then EXACT; for an unknown id, then NOT_FOUND as an error', async () => {
    const id = evidenceId(MINI_DOCUMENT.sha256, SOLCELLER.start, SOLCELLER.end);
    const { data } = await run('query ($id: String!) { verifyEvidence(id: $id) { status document { sha256 } } }', { id });
    expect(data.verifyEvidence).toEqual({ status: 'EXACT', document: { sha256: MINI_DOCUMENT.sha256 } });
    const missing = await run('{ verifyEvidence(id: "ev-nothing") { status } }');
    expect(missing.data.verifyEvidence).toBeNull();
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('when the klimaplan passage is asked, then its text is lines 8–12 and its marks are its 9 quotes in text order, 8 with their link', async () => {
    const { data, errors } = await run(`{ passage(id: "${KLIMAPLAN_PASSAGE}") { id page ranges { start end firstLine lastLine } text initiative { id }
      marks { start end documentStart quote alignment links { type to basis } } } }`);
    expect(errors).toBeUndefined();
    const passage = data.passage;
    expect(passage.ranges).toEqual([{ start: 165, end: 383 + 'arbejdet fortsætter.'.length, firstLine: 8, lastLine: 12 }]);
    expect(passage.text.startsWith('KLIMAPLAN\nKlimaplanen giver')).toBe(true);
    expect(passage.initiative.id).toBe('initiative:klimaplan');
    expect(passage.marks.map((m: { quote: string }) => m.quote)).toEqual([
      'stærke byer',
      'grøn vækst',
      'solceller i Grindsted',
      'sammen med Region Syddanmark',
      'KIRKBI A/S har bidraget',
      'Kommunalbestyrelsen vedtog klimaplanen',
      'i 2023 vedtog',
      'halvere udledningen',
      'arbejdet fortsætter',
    ]);
    const solceller = passage.marks[2];
    // in the passage text the quote stands where it stands in the document, less the passage's start (165)
    expect(solceller).toMatchObject({ start: 220 - 165, end: 241 - 165, documentStart: 220, links: [{ type: 'IN_TOWN', to: 'town:grindsted', basis: 'STATED' }] });
    expect(passage.text.slice(solceller.start, solceller.end)).toBe('solceller i Grindsted');
    // the status quote is a field's, not a link's
    expect(passage.marks[8].links).toEqual([]);
    expect(passage.marks.filter((m: { links: unknown[] }) => m.links.length > 0)).toHaveLength(8);
  });

  it('when Initiative.passages is asked, then it gives the one passage of the example', async () => {
    const { data } = await run('{ initiative(id: "sundhedshus") { passages { id ranges { firstLine lastLine } } } }');
    expect(data.initiative.passages).toEqual([{ id: 'passage:mini-rapport/sundhedshus', ranges: [{ firstLine: 19, lastLine: 22 }] }]);
  });

  it('when source is asked for a span, then it gives the span, the text around it and its line; bad bounds are named', async () => {
    const { data } = await run('{ source(document: "mini-rapport", start: 220, end: 241, around: 12) { text before after firstLine document { id } } }');
    expect(data.source).toEqual({ text: 'solceller i Grindsted', before: 'grøn vækst: ', after: ',\nsammen med', firstLine: 9, document: { id: 'document:mini-rapport' } });
    const bad = await run('{ source(document: "mini-rapport", start: 30, end: 20) { text } }');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'end' });
    const unknown = await run('{ source(document: "no-such", start: 0, end: 1) { text } }');
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('when the passages are searched (Danish analyzer), then the example holding the word ranks first, with the word marked in its snippet', async () => {
    const { data, errors } = await run('{ searchPassages(text: "solceller", first: 3) { rank passage { id } snippet markedSnippet highlights { start end } } }');
    expect(errors).toBeUndefined();
    expect(data.searchPassages).toHaveLength(1);
    const [hit] = data.searchPassages;
    expect(hit.rank).toBe(1);
    expect(hit.passage.id).toBe(KLIMAPLAN_PASSAGE);
    expect(hit.markedSnippet).toContain('«solceller»');
    expect(hit.snippet.slice(hit.highlights[0].start, hit.highlights[0].end)).toBe('solceller');
  });

  it('when the passages are searched a page at a time, then totalCount counts both passages naming Grindsted and rank runs on across pages', async () => {
    const query = 'query($after: String) { searchPassagesPage(text: "grindsted", first: 1, after: $after) { totalCount edges { node { rank passage { id } } } pageInfo { hasNextPage endCursor } } searchPassages(text: "grindsted") { passage { id } } }';
    const first = await run(query);
    expect(first.errors).toBeUndefined();
    const page = first.data.searchPassagesPage;
    expect(page.totalCount).toBe(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = (await run(query, { after: page.pageInfo.endCursor })).data.searchPassagesPage;
    expect(second.pageInfo.hasNextPage).toBe(false);
    const hits = [...page.edges, ...second.edges].map((edge: any) => edge.node);
    expect(hits.map((hit: any) => hit.rank)).toEqual([1, 2]);
    expect(hits.map((hit: any) => hit.passage.id)).toEqual(first.data.searchPassages.map((hit: any) => hit.passage.id));
    expect(hits.map((hit: any) => hit.passage.id).sort()).toEqual([KLIMAPLAN_PASSAGE, KLIMAPLAN_PASSAGE.replace('klimaplan', 'fritidsjob')].sort());
  });

  it('when the graph is loaded, then passages, documents and evidence spans carry no :Entity label (no path runs through them)', async () => {
    const rows = await database.read('report/label-counts', { labels: ['Document', 'Passage', 'Evidence'] });
    expect(rows.map((r) => Number(r.count))).toEqual([0, 0, 0]);
    const { data } = await run('{ connection(from: "initiative:klimaplan", to: "initiative:sundhedshus", maxHops: 2) { length } }');
    expect(data.connection.every((p: { length: number }) => p.length === 2)).toBe(true);
  });
});
