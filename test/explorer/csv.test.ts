import { csvCell, linksCsv, nodesCsv } from '../../explorer/src/csv';
import { setLang } from '../../explorer/src/i18n';
import type { GraphEdge, GraphNode } from '../../explorer/src/model';

const nodes: GraphNode[] = [
  { id: 'initiative:klimaplan', kind: 'Initiative', label: 'Klimaplan', year: null },
  { id: 'town:grindsted', kind: 'Town', label: 'Grindsted', year: null },
];
const edges: GraphEdge[] = [
  {
    id: 'initiative:klimaplan|IN_TOWN|town:grindsted',
    type: 'IN_TOWN',
    from: 'initiative:klimaplan',
    to: 'town:grindsted',
    event: null,
    evidence: { page: 31, quote: 'solceller i Grindsted; Billund', basis: 'STATED', rationale: null },
  },
];

describe('explorer CSV export (for Danish Excel)', () => {
  afterEach(() => setLang('da'));

  it('when cells hold semicolons, quotes or line breaks, then they are quoted with doubled quotes; commas need nothing', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a; b')).toBe('"a; b"');
    expect(csvCell('3,5 mio.')).toBe('3,5 mio.');
    expect(csvCell('han sagde "ja"')).toBe('"han sagde ""ja"""');
    expect(csvCell('to\nlinjer')).toBe('"to\nlinjer"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it('when a cell starts like a formula, then it is defused with a quote mark', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+45 1234')).toBe("'+45 1234");
    expect(csvCell('-5 %')).toBe('-5 %');
  });

  it('when a view is exported, then nodes and links are separate files with a BOM, semicolons, Danish headers and words, no codes', () => {
    expect(nodesCsv(nodes, new Map([['town:grindsted', 14]])).split('\r\n')).toEqual([
      '\uFEFFid;type;navn;år;forbindelser i alt',
      'initiative:klimaplan;initiativ;Klimaplan;;',
      'town:grindsted;by;Grindsted;;14',
      '',
    ]);
    expect(linksCsv(nodes, edges).split('\r\n')).toEqual([
      '\uFEFFid;fra id;fra;forbindelse;til id;til;side;grundlag;citat;begrundelse;hændelse',
      'initiative:klimaplan|IN_TOWN|town:grindsted;initiative:klimaplan;Klimaplan;i byen;town:grindsted;Grindsted;31;står i rapporten;"solceller i Grindsted; Billund";;',
      '',
    ]);
  });

  it('when the page is in English, then the headers and words are English', () => {
    setLang('en');
    expect(linksCsv(nodes, edges).split('\r\n')[1]).toContain(';in the town;');
    expect(nodesCsv(nodes).split('\r\n')[0]).toBe('\uFEFFid;type;name;year;links in all');
  });
});
