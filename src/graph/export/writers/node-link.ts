import { LINK_ATTRIBUTES, NODE_ATTRIBUTES, type ExportLink, type ExportNode } from '../export-rows';
import { REPORT_TITLE, type ExportMeta, type ExportWriter } from './writer';

// networkx's node-link format (`nx.node_link_graph(data, edges="edges")`, also d3's shape): a
// directed multigraph (two links of one type between one pair stay two), a node's global key as
// its id, a link's key as its edge key. Absent attributes are left out rather than written null.

const present = (entries: [string, string | number | null][]) => Object.fromEntries(entries.filter(([, value]) => value !== null));

export function nodeLinkWriter(): ExportWriter {
  let first = true;
  const separator = () => {
    const text = first ? '\n' : ',\n';
    first = false;
    return text;
  };
  return {
    parts: { nodes: true, links: true },
    begin: (meta: ExportMeta) =>
      `{"directed": true, "multigraph": true, "graph": ${JSON.stringify({ name: meta.title, selection: meta.selection, source: REPORT_TITLE })},\n"nodes": [`,
    node: (node: ExportNode) =>
      separator() + JSON.stringify({ id: node.key, ...present(NODE_ATTRIBUTES.map((attribute) => [attribute.name, node[attribute.name]])) }),
    between: () => {
      first = true;
      return '\n],\n"edges": [';
    },
    link: (link: ExportLink) =>
      separator() +
      JSON.stringify({ source: link.from, target: link.to, key: link.key, ...present(LINK_ATTRIBUTES.map((attribute) => [attribute.name, link[attribute.name]])) }),
    end: () => '\n]}\n',
  };
}
