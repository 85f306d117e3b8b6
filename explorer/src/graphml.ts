// The current view as GraphML, for Gephi, yEd or Cytoscape desktop: nodes with kind and name,
// links with their type, page, basis and quote, all as attributes declared up front.
import { basisName, kindName, linkName } from './i18n';
import type { GraphEdge, GraphNode } from './model';

const xml = (text: string | number | null | undefined) =>
  String(text ?? '').replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const NODE_KEYS = ['label', 'kind', 'year'] as const;
const EDGE_KEYS = ['type', 'page', 'basis', 'quote', 'rationale', 'event'] as const;

export function toGraphml(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): string {
  const key = (id: string, on: 'node' | 'edge', type = 'string') => `  <key id="${id}" for="${on}" attr.name="${id}" attr.type="${type}"/>`;
  const data = (name: string, value: string | number | null | undefined) => (value === null || value === undefined ? '' : `<data key="${name}">${xml(value)}</data>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map((name) => key(name, 'node', name === 'year' ? 'int' : 'string')),
    ...EDGE_KEYS.map((name) => key(name, 'edge', name === 'page' ? 'int' : 'string')),
    '  <graph id="view" edgedefault="directed">',
    ...nodes.map((node) => `    <node id="${xml(node.id)}">${data('label', node.label)}${data('kind', kindName(node.kind))}${data('year', node.year)}</node>`),
    ...edges.map(
      (edge) =>
        `    <edge id="${xml(edge.id)}" source="${xml(edge.from)}" target="${xml(edge.to)}">${data('type', linkName(edge.type))}${data('page', edge.evidence.page)}` +
        `${data('basis', basisName(edge.evidence.basis))}${data('quote', edge.evidence.quote)}${data('rationale', edge.evidence.rationale)}${data('event', edge.event)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
