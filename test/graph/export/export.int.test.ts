import { useMiniApp } from '../../support/test-app';
import { elements, parseCsv, parseXml } from './parse-export';

// Error bodies are compared with literal expectations.
const json = (response: Response): Promise<any> => response.json();

// Exports of the mini fixture over HTTP, read back by real parsers. Counts worked out by hand from
// test/fixtures/mini-dataset.ts:
//   nodes (22): 1 strategy, 3 themes, 1 recommendation, 3 towns, 4 organisations, 1 unit,
//     1 committee, 3 initiatives, 3 years (2023, 2024, 2025), 2 results
//   links (27): 3 HAS_THEME + 1 BUILDS_ON; klimaplan 8 (2 SUPPORTS, IN_TOWN, 2 WITH_PARTNER,
//     DECIDED_BY, IN_YEAR, ACHIEVED); fritidsjob 8 (SUPPORTS, 2 IN_TOWN, 2 WITH_PARTNER, RUN_BY,
//     IN_YEAR, ACHIEVED); sundhedshus 7 (SUPPORTS, IN_TOWN, WITH_PARTNER, MENTIONS, 2 IN_YEAR, RELATED_TO)
//   theme rettidig-velfaerd: the theme, fritidsjob, sundhedshus and one step around them = 16 nodes
//     (+ strategy, grindsted, billund, soender-omme, kirkbi, dgi, region, sundhedsstyrelsen,
//     jobcentret, 2023, 2024, 2025, result fritidsjob-1); links among them = 16 (HAS_THEME to
//     this theme, fritidsjob's 8, sundhedshus's 7)
//   town grindsted: grindsted, klimaplan, fritidsjob and one step = 17 nodes; links = 20
//     (klimaplan's 8, fritidsjob's 8, and of sundhedshus's: SUPPORTS, WITH_PARTNER region, IN_YEAR
//     2023, RELATED_TO fritidsjob)
//   around kirkbi, depth 1: kirkbi, klimaplan, fritidsjob = 3 nodes, 2 WITH_PARTNER links

jest.setTimeout(240_000); // a loaded 2-core machine: loading and exporting take minutes there, not seconds

describe('bulk exports over HTTP (mini fixture)', () => {
  const env = useMiniApp();
  const get = (path: string) => fetch(`${env.app.url}${path}`);
  const text = async (path: string) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    return { response, body: await response.text() };
  };

  describe('GraphML', () => {
    it('when the whole graph is exported, then an XML parser reads 22 nodes and 27 edges with their evidence', async () => {
      const { response, body } = await text('/export/graph.graphml');
      expect(response.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="graph.graphml"');
      const document = parseXml(body);
      expect(elements(document, 'node')).toHaveLength(22);
      const edges = elements(document, 'edge');
      expect(edges).toHaveLength(27);
      const inferred = edges.find((edge) => edge.getAttribute('id') === 'initiative:klimaplan|SUPPORTS|theme:voksevaerk-i-erhvervslivet');
      const data = Object.fromEntries(elements(inferred!, 'data').map((d) => [d.getAttribute('key'), d.textContent]));
      expect(data).toEqual({ e_relationship: 'SUPPORTS', e_page: '31', e_basis: 'INFERRED', e_quote: 'grøn vækst', e_rationale: 'Grøn omstilling i erhvervslivet.' });
    });

    it('when a theme is asked, then the theme, its initiatives, one step around them and the 16 links among those', async () => {
      const document = parseXml((await text('/export/graph.graphml?theme=rettidig-velfaerd')).body);
      const keys = elements(document, 'node').map((node) => node.getAttribute('id'));
      expect(keys).toHaveLength(16);
      expect(keys).toEqual(expect.arrayContaining(['theme:rettidig-velfaerd', 'initiative:fritidsjob', 'initiative:sundhedshus', 'strategy:fremtidens-legeplads', 'year:2025']));
      expect(keys).not.toContain('initiative:klimaplan');
      expect(elements(document, 'edge')).toHaveLength(16);
    });
  });

  it('GEXF: when a town is asked, then 17 nodes and 20 edges, the node name as label and typed attributes declared', async () => {
    const { response, body } = await text('/export/graph.gexf?town=grindsted');
    expect(response.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    const document = parseXml(body);
    expect(elements(document, 'node')).toHaveLength(17);
    expect(elements(document, 'edge')).toHaveLength(20);
    const town = elements(document, 'node').find((node) => node.getAttribute('id') === 'town:grindsted');
    expect(town?.getAttribute('label')).toBe('Grindsted');
    const nodeAttributes = elements(document, 'attributes').find((a) => a.getAttribute('class') === 'node');
    expect(elements(nodeAttributes!, 'attribute').map((a) => `${a.getAttribute('id')}:${a.getAttribute('type')}`)).toContain('year:integer');
  });

  describe('CSV', () => {
    it('when nodes and links are fetched, then two tables of 22 and 27 rows whose links all point at listed nodes', async () => {
      const nodes = parseCsv((await text('/export/nodes.csv')).body);
      const links = parseCsv((await text('/export/links.csv')).body);
      expect(nodes).toHaveLength(1 + 22);
      expect(links).toHaveLength(1 + 27);
      const ids = new Set(nodes.slice(1).map((row) => row[0]));
      expect(links.slice(1).every((row) => ids.has(row[1]) && ids.has(row[2]))).toBe(true);
      const kirkbi = nodes.find((row) => row[0] === 'organisation:kirkbi')!;
      expect(kirkbi[nodes[0].indexOf('aliases')]).toBe('KIRKBI A/S');
      expect(kirkbi[nodes[0].indexOf('organisationType')]).toBe('company');
      expect(kirkbi[nodes[0].indexOf('organisationKind')]).toBe('body');
    });

    it('when the Danish dialect is asked, then a UTF-8 BOM and semicolons (the decimal comma: writers.test.ts; the fixture has no fractions)', async () => {
      const response = await get('/export/nodes.csv?csv=danish');
      // The bytes, since fetch's text() drops a BOM.
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(bytes.subarray(3).toString('utf8'), ';');
      expect(rows[0].slice(0, 3)).toEqual(['Id', 'kind', 'Label']);
      expect(rows.find((row) => row[0] === 'result:klimaplan-1')?.[rows[0].indexOf('Label')]).toBe('50 % mindre CO2 i 2030');
    });
  });

  it('node-link JSON: when the neighbourhood of KIRKBI is asked, then its 3 nodes and 2 partner links', async () => {
    const data = JSON.parse((await text('/export/graph.node-link.json?around=organisation:kirkbi&depth=1')).body);
    expect(data.nodes.map((node: { id: string }) => node.id)).toEqual(['initiative:fritidsjob', 'initiative:klimaplan', 'organisation:kirkbi']);
    expect(data.edges).toEqual([
      { source: 'initiative:fritidsjob', target: 'organisation:kirkbi', key: 'initiative:fritidsjob|WITH_PARTNER|organisation:kirkbi', relationship: 'WITH_PARTNER', page: 21, basis: 'STATED', quote: 'støttet af KIRKBI' },
      { source: 'initiative:klimaplan', target: 'organisation:kirkbi', key: 'initiative:klimaplan|WITH_PARTNER|organisation:kirkbi', relationship: 'WITH_PARTNER', page: 31, basis: 'STATED', quote: 'KIRKBI A/S har bidraget' },
    ]);
  });

  it('JSON-LD: the expected @context, 22 entities and 27 statements each derived from its quote', async () => {
    const { response, body } = await text('/export/graph.jsonld');
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const data = JSON.parse(body);
    expect(data['@context']).toMatchObject({ '@vocab': 'https://schema.org/', prov: 'http://www.w3.org/ns/prov#' });
    const graph = data['@graph'] as Record<string, any>[];
    const statements = graph.filter((item) => Array.isArray(item['@type']) && item['@type'].includes('rdf:Statement'));
    expect(graph.length - statements.length).toBe(22);
    expect(statements).toHaveLength(27);
    expect(statements.every((s) => typeof s['prov:wasDerivedFrom']['prov:value'] === 'string' && /^\d+$/.test(s['prov:wasDerivedFrom'].pagination))).toBe(true);
    expect(graph.find((item) => item['@id'] === 'urn:fremtidens-legeplads:town:soender-omme')).toMatchObject({ '@type': 'Place', name: 'Sønder Omme', alternateName: ['Sdr. Omme'] });
  });

  describe('refusals', () => {
    it('when the file is unknown, then a 400 BAD_USER_INPUT listing the accepted formats and filters', async () => {
      const response = await get('/export/graph.xlsx');
      expect(response.status).toBe(400);
      const body = await json(response);
      expect(body.errors[0].message).toMatch(/^Nothing to export at \/export\/graph.xlsx; accepted: \/export\/graph.graphml, /);
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: expect.any(String), accepted: { formats: expect.arrayContaining(['gexf', 'jsonld']) } });
    });

    it('when a filter is unknown, then a 400 that names it and lists the filters', async () => {
      const response = await get('/export/graph.gexf?committee=x');
      expect(response.status).toBe(400);
      const body = await json(response);
      expect(body.errors[0]).toMatchObject({ message: 'Unknown export parameter "committee"; accepted: theme, town, around, depth, csv', extensions: { argument: 'committee' } });
      expect(Object.keys(body.errors[0].extensions.accepted.filters)).toEqual(['theme', 'town', 'around']);
    });

    it('when the theme does not exist, then a 404 NOT_FOUND that names it', async () => {
      const response = await get('/export/graph.graphml?theme=atlantis');
      expect(response.status).toBe(404);
      expect((await json(response)).errors[0]).toMatchObject({ message: 'No theme with id "theme:atlantis"', extensions: { code: 'NOT_FOUND' } });
    });

    it('when the method is not GET, then 405', async () => {
      expect((await fetch(`${env.app.url}/export/graph.graphml`, { method: 'POST' })).status).toBe(405);
    });
  });
});

describe('the export size limit', () => {
  const env = useMiniApp({ exports: { maxElements: 40, timeoutMs: 30_000 } });

  it('when the export would exceed EXPORT_MAX_ELEMENTS, then a 413 EXPORT_TOO_LARGE before any byte of it', async () => {
    const response = await fetch(`${env.app.url}/export/graph.graphml`);
    expect(response.status).toBe(413);
    expect((await json(response)).errors[0]).toMatchObject({
      message: expect.stringContaining('would hold 49 nodes and links, more than the limit of 40 (EXPORT_MAX_ELEMENTS)'),
      extensions: { code: 'EXPORT_TOO_LARGE', maxElements: 40 },
    });
  });

  it('when only the nodes are asked, then the limit counts them alone and the 22 fit', async () => {
    expect((await fetch(`${env.app.url}/export/nodes.csv`)).status).toBe(200);
  });
});
