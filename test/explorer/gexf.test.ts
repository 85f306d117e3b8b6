import type { Element } from '@xmldom/xmldom';
import { toGexf } from '../../explorer/src/gexf';
import { setLang } from '../../explorer/src/i18n';
import { KIND_STYLES } from '../../explorer/src/kinds';
import type { GraphEdge, GraphNode } from '../../explorer/src/model';
import { elements, parseXml } from '../graph/export/parse-export';

const VIZ = 'http://gexf.net/1.3/viz';

describe('explorer GEXF export of the view', () => {
  const nodes: GraphNode[] = [
    { id: 'initiative:a', kind: 'Initiative', label: 'Børn & unge <i byen> "nu"\u0007', year: null },
    { id: 'year:2024', kind: 'Year', label: '2024', year: 2024 },
    { id: 'town:grindsted', kind: 'Town', label: 'Grindsted', year: null },
  ];
  const edges: GraphEdge[] = [
    { id: 'initiative:a|IN_YEAR|year:2024', type: 'IN_YEAR', from: 'initiative:a', to: 'year:2024', event: 'start', evidence: { page: 12, quote: 'i \u201c2024\u201d \uFFFD', basis: 'INFERRED', rationale: 'årstal' } },
    { id: 'initiative:a|IN_TOWN|town:grindsted', type: 'IN_TOWN', from: 'initiative:a', to: 'town:grindsted', event: null, evidence: { page: 3, quote: 'i Grindsted', basis: 'STATED', rationale: null } },
  ];
  const positions = new Map([
    ['initiative:a', { x: 10.26, y: -40 }],
    ['year:2024', { x: 200, y: 35.5 }],
    ['town:grindsted', { x: -120, y: 0 }],
  ]);
  const links = new Map([['initiative:a', 16], ['year:2024', 40], ['town:grindsted', 0]]);
  const read = () => parseXml(toGexf({ nodes, edges, positions, links, description: 'Grindsted & omegn' }));

  afterEach(() => setLang('da'));

  it('when a view is exported, then a real XML parser reads back GEXF 1.3 with every node and link, their names, types and text as they were', () => {
    const document = read();
    const root = document.documentElement!;
    expect([root.tagName, root.namespaceURI, root.getAttribute('version')]).toEqual(['gexf', 'http://gexf.net/1.3', '1.3']);
    expect(elements(document, 'graph')[0].getAttribute('defaultedgetype')).toBe('directed');
    expect(elements(document, 'description')[0].textContent).toBe('Grindsted & omegn');
    const readNodes = elements(document, 'node');
    expect(readNodes.map((n) => [n.getAttribute('id'), n.getAttribute('label')])).toEqual([
      // the bell character is no XML character: it is left out, the rest stays as written
      ['initiative:a', 'Børn & unge <i byen> "nu"'],
      ['year:2024', '2024'],
      ['town:grindsted', 'Grindsted'],
    ]);
    const readEdges = elements(document, 'edge');
    expect(readEdges.map((e) => [e.getAttribute('source'), e.getAttribute('target'), e.getAttribute('label')])).toEqual([
      ['initiative:a', 'year:2024', 'i året'],
      ['initiative:a', 'town:grindsted', 'i byen'],
    ]);
  });

  it('when attributes are read back, then each is declared with its type and every value is one of them, in Danish', () => {
    const document = read();
    const declared = new Map<string, Map<string, string>>();
    for (const group of elements(document, 'attributes')) {
      declared.set(group.getAttribute('class')!, new Map(elements(group, 'attribute').map((a) => [a.getAttribute('id')!, a.getAttribute('type')!])));
    }
    expect(Object.fromEntries(declared.get('node')!)).toEqual({ kind: 'string', year: 'integer', links: 'integer' });
    expect(declared.get('edge')!.get('page')).toBe('integer');
    const values = (element: Element) => Object.fromEntries(elements(element, 'attvalue').map((v) => [v.getAttribute('for')!, v.getAttribute('value')!]));
    const [initiative, year] = elements(document, 'node');
    expect(values(initiative)).toEqual({ kind: 'initiativ', links: '16' });
    expect(values(year)).toEqual({ kind: 'år', year: '2024', links: '40' });
    const [inYear, inTown] = elements(document, 'edge');
    expect(values(inYear)).toEqual({ type: 'i året', page: '12', basis: 'udledt af os', quote: 'i \u201c2024\u201d \uFFFD', rationale: 'årstal', event: 'start' });
    expect(values(inTown)).toEqual({ type: 'i byen', page: '3', basis: 'står i rapporten', quote: 'i Grindsted' });
    for (const [scope, elementName] of [['node', 'node'], ['edge', 'edge']] as const) {
      for (const element of elements(document, elementName)) {
        for (const [id, value] of Object.entries(values(element))) {
          expect(declared.get(scope)!.has(id)).toBe(true);
          if (declared.get(scope)!.get(id) === 'integer') expect(value).toMatch(/^\d+$/);
        }
      }
    }
  });

  it('when Gephi draws the file, then nodes stand where the canvas drew them (y upwards), in their kind\'s colour and size, inferred links dashed', () => {
    const document = read();
    const viz = (element: Element, name: string) => element.getElementsByTagNameNS(VIZ, name)[0];
    const [initiative, year] = elements(document, 'node');
    expect(['x', 'y'].map((axis) => Number(viz(initiative, 'position').getAttribute(axis)))).toEqual([10.3, 40]);
    expect(['x', 'y'].map((axis) => Number(viz(year, 'position').getAttribute(axis)))).toEqual([200, -35.5]);
    const colour = viz(initiative, 'color');
    const hex = `#${['r', 'g', 'b'].map((c) => Number(colour.getAttribute(c)).toString(16).padStart(2, '0')).join('')}`;
    expect(hex.toLowerCase()).toBe(KIND_STYLES.Initiative.color.toLowerCase());
    expect(Number(viz(year, 'size').getAttribute('value'))).toBeGreaterThan(Number(viz(initiative, 'size').getAttribute('value')));
    const [inYear, inTown] = elements(document, 'edge');
    expect(viz(inYear, 'shape')?.getAttribute('value')).toBe('dashed');
    expect(viz(inTown, 'shape')).toBeUndefined();
  });

  it('when the page is in English, then the names of kinds, links and attributes are English', () => {
    setLang('en');
    const document = read();
    expect(elements(document, 'edge')[1].getAttribute('label')).toBe('in the town');
    expect(elements(document, 'attribute').map((a) => a.getAttribute('title'))).toContain('quote');
  });
});
