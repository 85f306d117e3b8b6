import { csvField, csvLinksWriter, csvNodesWriter, DANISH_CSV, STANDARD_CSV } from '../../../../src/graph/export/writers/csv';
import { gexfWriter } from '../../../../src/graph/export/writers/gexf';
import { graphmlWriter } from '../../../../src/graph/export/writers/graphml';
import { JSON_LD_CONTEXT, jsonLdWriter } from '../../../../src/graph/export/writers/json-ld';
import { nodeLinkWriter } from '../../../../src/graph/export/writers/node-link';
import type { ExportWriter } from '../../../../src/graph/export/writers/writer';
import { xmlText } from '../../../../src/graph/export/writers/xml-text';
import type { ExportLink, ExportNode } from '../../../../src/graph/export/export-rows';
import { elements, parseCsv, parseXml } from '../parse-export';

// A node and a link whose text holds everything that breaks a careless writer: quotes of both
// kinds, an ampersand, angle brackets, separators, a line break and Danish letters.
const HOSTILE = 'Sdr. Omme & "Grind-/sted" <by>; 1,5 \'ø\'\nnæste linje';

const node: ExportNode = {
  key: 'result:klimaplan-1',
  kind: 'result',
  label: HOSTILE,
  number: null,
  page: 31,
  year: 2030,
  value: 50.5,
  summary: null,
  description: null,
  status: null,
  organisationType: null,
  organisationKind: null,
  unit: '%',
  aliases: null,
};
const link: ExportLink = {
  key: 'initiative:klimaplan|ACHIEVED|result:klimaplan-1',
  relationship: 'ACHIEVED',
  from: 'initiative:klimaplan',
  to: 'result:klimaplan-1',
  page: 31,
  quote: HOSTILE,
  basis: 'INFERRED',
  rationale: 'Planen sigter mod det.',
  event: null,
};

const write = (writer: ExportWriter) =>
  writer.begin({ title: 'T & "t"', selection: 'the whole graph' }) + writer.node(node) + writer.between() + writer.link(link) + writer.end();

describe('xmlText', () => {
  it('escapes the five XML specials and keeps line breaks and tabs as references', () => {
    expect(xmlText(`a & b < c > d "e" 'f'\n\r\tg`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;&#10;&#13;&#9;g');
  });

  it('drops control characters that XML 1.0 cannot hold at all', () => {
    expect(xmlText('a\u0000b\u0007c\u001Fd')).toBe('abcd');
  });
});

describe('GraphML writer', () => {
  const document = parseXml(write(graphmlWriter()));

  it('when the text holds quotes, ampersands and a line break, then a parser reads them back unchanged', () => {
    const [edge] = elements(document, 'edge');
    const quote = elements(edge, 'data').find((data) => data.getAttribute('key') === 'e_quote');
    expect(quote?.textContent).toBe(HOSTILE);
    const label = elements(elements(document, 'node')[0], 'data').find((data) => data.getAttribute('key') === 'n_label');
    expect(label?.textContent).toBe(HOSTILE);
  });

  it('declares every attribute as a typed key, and writes no data for an absent value', () => {
    const keys = elements(document, 'key').map((key) => `${key.getAttribute('for')}:${key.getAttribute('attr.name')}:${key.getAttribute('attr.type')}`);
    expect(keys).toEqual(expect.arrayContaining(['node:kind:string', 'node:page:int', 'node:value:double', 'edge:page:int', 'edge:basis:string', 'edge:quote:string']));
    const dataKeys = elements(elements(document, 'node')[0], 'data').map((data) => data.getAttribute('key'));
    expect(dataKeys).not.toContain('n_summary');
    expect(elements(document, 'edge')[0].getAttribute('id')).toBe(link.key);
  });
});

describe('GEXF writer', () => {
  const document = parseXml(write(gexfWriter()));

  it('puts nodes before edges, with the name as label and the evidence as attribute values', () => {
    const gexfNode = elements(document, 'node')[0];
    expect(gexfNode.getAttribute('label')).toBe(HOSTILE);
    const values = Object.fromEntries(elements(elements(document, 'edge')[0], 'attvalue').map((v) => [v.getAttribute('for'), v.getAttribute('value')]));
    expect(values).toEqual({ relationship: 'ACHIEVED', page: '31', basis: 'INFERRED', quote: HOSTILE, rationale: 'Planen sigter mod det.' });
    expect(elements(document, 'attribute').find((a) => a.getAttribute('id') === 'page')?.getAttribute('type')).toBe('integer');
  });
});

describe('CSV writers', () => {
  it('quotes a field with a separator, a quote or a line break, and doubles its quotes', () => {
    expect(csvField('a,b', STANDARD_CSV)).toBe('"a,b"');
    expect(csvField('a;b', STANDARD_CSV)).toBe('a;b');
    expect(csvField('a;b', DANISH_CSV)).toBe('"a;b"');
    expect(csvField('say "hi"', STANDARD_CSV)).toBe('"say ""hi"""');
    expect(csvField('two\nlines', STANDARD_CSV)).toBe('"two\nlines"');
    expect(csvField(null, STANDARD_CSV)).toBe('');
  });

  it('writes decimals with a point by default and with a comma in the Danish dialect', () => {
    expect(csvField(50.5, STANDARD_CSV)).toBe('50.5');
    expect(csvField(50.5, DANISH_CSV)).toBe('50,5');
    expect(csvField(2030, DANISH_CSV)).toBe('2030');
  });

  it('when the Danish dialect is chosen, then the file starts with a UTF-8 BOM and reads back with semicolons', () => {
    const text = write(csvNodesWriter(DANISH_CSV));
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, row] = parseCsv(text.slice(1), ';');
    expect(header.slice(0, 3)).toEqual(['Id', 'kind', 'Label']);
    expect(row[header.indexOf('Label')]).toBe(HOSTILE);
    expect(row[header.indexOf('value')]).toBe('50,5');
  });

  it('writes links with Source and Target and the evidence, and nothing of the nodes', () => {
    const [header, row, ...rest] = parseCsv(write(csvLinksWriter(STANDARD_CSV)));
    expect(rest).toEqual([]);
    expect(header).toEqual(['Id', 'Source', 'Target', 'relationship', 'page', 'basis', 'quote', 'rationale', 'event']);
    expect(row).toEqual([link.key, link.from, link.to, 'ACHIEVED', '31', 'INFERRED', HOSTILE, 'Planen sigter mod det.', '']);
  });
});

describe('JSON writers', () => {
  it('node-link: parses as JSON in the shape networkx reads, without null attributes', () => {
    const data = JSON.parse(write(nodeLinkWriter()));
    expect(data).toMatchObject({ directed: true, multigraph: true });
    expect(data.nodes).toEqual([{ id: node.key, kind: 'result', label: HOSTILE, page: 31, year: 2030, value: 50.5, unit: '%' }]);
    expect(data.edges).toEqual([{ source: link.from, target: link.to, key: link.key, relationship: 'ACHIEVED', page: 31, basis: 'INFERRED', quote: HOSTILE, rationale: 'Planen sigter mod det.' }]);
  });

  it('JSON-LD: a schema.org entity and a statement derived (PROV-O) from the quote on its page', () => {
    const data = JSON.parse(write(jsonLdWriter()));
    expect(data['@context']).toEqual(JSON_LD_CONTEXT);
    const [entity, statement] = data['@graph'];
    expect(entity).toMatchObject({ '@id': 'urn:fremtidens-legeplads:result:klimaplan-1', '@type': 'Observation', name: HOSTILE, value: 50.5 });
    expect(statement).toMatchObject({
      '@type': ['rdf:Statement', 'prov:Entity'],
      'rdf:subject': 'urn:fremtidens-legeplads:initiative:klimaplan',
      'rdf:predicate': 'fl:ACHIEVED',
      'fl:basis': 'INFERRED',
      'prov:wasDerivedFrom': { 'prov:value': HOSTILE, pagination: '31' },
    });
  });
});
