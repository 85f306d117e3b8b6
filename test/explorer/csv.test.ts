import { csvCell, toCsv } from '../../explorer/src/csv';
import type { GraphEdge, GraphNode } from '../../explorer/src/model';

describe('explorer CSV export', () => {
  it('when cells hold commas, quotes or line breaks, then they are quoted with doubled quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
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

  it('when nodes and edges are exported, then nodes come first and every edge carries its evidence', () => {
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
        evidence: { page: 31, quote: 'solceller i Grindsted, Billund', basis: 'STATED', rationale: null },
      },
    ];
    expect(toCsv(nodes, edges).split('\r\n')).toEqual([
      '\uFEFFrecord,id,type,label,from,to,page,basis,quote,rationale,event',
      'node,initiative:klimaplan,Initiative,Klimaplan,,,,,,,',
      'node,town:grindsted,Town,Grindsted,,,,,,,',
      'edge,initiative:klimaplan|IN_TOWN|town:grindsted,IN_TOWN,Klimaplan → Grindsted,initiative:klimaplan,town:grindsted,31,STATED,"solceller i Grindsted, Billund",,',
      '',
    ]);
  });
});
