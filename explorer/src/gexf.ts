// The current view as GEXF 1.3 (gexf.net), Gephi's own format: the nodes and links drawn, with
// the explorer's colours, sizes and positions (viz), so that Gephi opens the same picture; kind,
// name, link type, page, basis and quote as typed attributes to filter and colour by.
import { basisName, kindName, linkName, pick } from './i18n';
import { KIND_STYLES, sizeByLinks } from './kinds';
import type { GraphEdge, GraphNode } from './model';
import type { Point } from './placement';

// XML 1.0 allows no C0 control character but tab, line feed and carriage return: such a one is left out.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const xml = (text: string | number) =>
  String(text)
    .replace(FORBIDDEN, '')
    .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const NODE_ATTRIBUTES = [
  { id: 'kind', type: 'string' },
  { id: 'year', type: 'integer' },
  { id: 'links', type: 'integer' },
] as const;
const EDGE_ATTRIBUTES = [
  { id: 'type', type: 'string' },
  { id: 'page', type: 'integer' },
  { id: 'basis', type: 'string' },
  { id: 'quote', type: 'string' },
  { id: 'rationale', type: 'string' },
  { id: 'event', type: 'string' },
] as const;

export interface GexfView {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  /** Where each node is drawn (the canvas's y grows downwards; Gephi's upwards). */
  positions: ReadonlyMap<string, Point>;
  /** Each node's number of links in the whole graph, as the canvas sizes it. */
  links: ReadonlyMap<string, number>;
  /** One line on what the view is, for Gephi's description. */
  description: string;
}

const rgb = (hex: string) => {
  const value = parseInt(hex.slice(1), 16);
  return `r="${(value >> 16) & 255}" g="${(value >> 8) & 255}" b="${value & 255}"`;
};

const attvalues = (values: [string, string | number | null | undefined][]) => {
  const present = values.filter((pair): pair is [string, string | number] => pair[1] !== null && pair[1] !== undefined);
  return present.length === 0 ? '' : `<attvalues>${present.map(([id, value]) => `<attvalue for="${id}" value="${xml(value)}"/>`).join('')}</attvalues>`;
};

const declarations = (scope: 'node' | 'edge', attributes: readonly { id: string; type: string }[], title: (id: string) => string) =>
  [`    <attributes class="${scope}">`, ...attributes.map((a) => `      <attribute id="${a.id}" title="${xml(title(a.id))}" type="${a.type}"/>`), '    </attributes>'];

const nodeTitles = (): Record<string, string> => ({ kind: pick('type', 'kind'), year: pick('år', 'year'), links: pick('forbindelser i alt', 'links in all') });
const edgeTitles = (): Record<string, string> => ({
  type: pick('forbindelse', 'link'), page: pick('side', 'page'), basis: pick('grundlag', 'basis'),
  quote: pick('citat', 'quote'), rationale: pick('begrundelse', 'rationale'), event: pick('hændelse', 'event'),
});

export function toGexf(view: GexfView): string {
  const size = (id: string) => sizeByLinks(view.links.get(id) ?? 0);
  const node = (n: GraphNode) => {
    const at = view.positions.get(n.id) ?? { x: 0, y: 0 };
    return (
      `      <node id="${xml(n.id)}" label="${xml(n.label)}">` +
      attvalues([['kind', kindName(n.kind)], ['year', n.year], ['links', view.links.get(n.id)]]) +
      `<viz:color ${rgb(KIND_STYLES[n.kind].color)}/><viz:position x="${at.x.toFixed(1)}" y="${(-at.y).toFixed(1)}" z="0.0"/><viz:size value="${size(n.id)}"/></node>`
    );
  };
  const edge = (e: GraphEdge) =>
    `      <edge id="${xml(e.id)}" source="${xml(e.from)}" target="${xml(e.to)}" label="${xml(linkName(e.type))}">` +
    attvalues([['type', linkName(e.type)], ['page', e.evidence.page], ['basis', basisName(e.evidence.basis)], ['quote', e.evidence.quote], ['rationale', e.evidence.rationale], ['event', e.event]]) +
    // an inferred link is our reading: dashed on the canvas, dashed in Gephi
    (e.evidence.basis === 'INFERRED' ? '<viz:shape value="dashed"/>' : '') +
    '</edge>';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta><creator>Fremtidens Legeplads grafudforsker</creator><description>${xml(view.description)}</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    ...declarations('node', NODE_ATTRIBUTES, (id) => nodeTitles()[id]),
    ...declarations('edge', EDGE_ATTRIBUTES, (id) => edgeTitles()[id]),
    '    <nodes>',
    ...view.nodes.map(node),
    '    </nodes>',
    '    <edges>',
    ...view.edges.map(edge),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
