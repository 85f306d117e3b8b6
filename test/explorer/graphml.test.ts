import { toGraphml } from '../../explorer/src/graphml';
import type { GraphEdge, GraphNode } from '../../explorer/src/model';

describe('explorer GraphML export', () => {
  it('when a view is exported, then every node and link is there with its attributes, text escaped', () => {
    const nodes: GraphNode[] = [
      { id: 'initiative:a', kind: 'Initiative', label: 'Børn & unge <i byen>', year: null },
      { id: 'year:2024', kind: 'Year', label: '2024', year: 2024 },
    ];
    const edges: GraphEdge[] = [
      { id: 'initiative:a|IN_YEAR|year:2024', type: 'IN_YEAR', from: 'initiative:a', to: 'year:2024', event: 'start', evidence: { page: 12, quote: 'i "2024"', basis: 'INFERRED', rationale: 'årstal' } },
    ];
    const text = toGraphml(nodes, edges);
    expect(text).toContain('<node id="initiative:a"><data key="label">Børn &amp; unge &lt;i byen&gt;</data><data key="kind">initiativ</data></node>');
    expect(text).toContain('<data key="year">2024</data>');
    expect(text).toContain('<edge id="initiative:a|IN_YEAR|year:2024" source="initiative:a" target="year:2024"><data key="type">i året</data><data key="page">12</data>');
    expect(text).toContain('<data key="quote">i &quot;2024&quot;</data>');
    expect(text).toContain('<key id="page" for="edge" attr.name="page" attr.type="int"/>');
    expect(text.match(/<node /g)).toHaveLength(2);
    expect(text.match(/<edge /g)).toHaveLength(1);
  });
});
