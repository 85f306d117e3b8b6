import { LINK_ATTRIBUTES, NODE_ATTRIBUTES, type AttributeType, type ExportLink, type ExportNode } from '../export-rows';
import { REPORT_TITLE, type ExportMeta, type ExportWriter } from './writer';
import { xmlText } from './xml-text';

// GraphML (graphml.graphdrawing.org), as networkx, yEd, Gephi and igraph read it: every attribute
// declared once as a typed <key>, a node's global key as its id, a link's key as the edge id (two
// links of one type between one pair, such as two events in one year, stay two edges).

const GRAPHML_TYPE: Record<AttributeType, string> = { string: 'string', int: 'int', double: 'double' };

const keyElement = (scope: 'node' | 'edge', name: string, type: AttributeType) =>
  `  <key id="${scope === 'node' ? 'n' : 'e'}_${name}" for="${scope}" attr.name="${name}" attr.type="${GRAPHML_TYPE[type]}"/>\n`;

const data = (prefix: 'n' | 'e', name: string, value: string | number | null) =>
  value === null ? '' : `      <data key="${prefix}_${name}">${xmlText(String(value))}</data>\n`;

export function graphmlWriter(): ExportWriter {
  return {
    parts: { nodes: true, links: true },
    begin: (meta: ExportMeta) =>
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      `  <desc>${xmlText(`${meta.title}: ${meta.selection}. Evidence (page, quote, basis) from ${REPORT_TITLE}.`)}</desc>\n` +
      NODE_ATTRIBUTES.map((attribute) => keyElement('node', attribute.name, attribute.type)).join('') +
      LINK_ATTRIBUTES.map((attribute) => keyElement('edge', attribute.name, attribute.type)).join('') +
      '  <graph id="G" edgedefault="directed">\n',
    node: (node: ExportNode) =>
      `    <node id="${xmlText(node.key)}">\n${NODE_ATTRIBUTES.map((attribute) => data('n', attribute.name, node[attribute.name])).join('')}    </node>\n`,
    between: () => '',
    link: (link: ExportLink) =>
      `    <edge id="${xmlText(link.key)}" source="${xmlText(link.from)}" target="${xmlText(link.to)}">\n` +
      `${LINK_ATTRIBUTES.map((attribute) => data('e', attribute.name, link[attribute.name])).join('')}    </edge>\n`,
    end: () => '  </graph>\n</graphml>\n',
  };
}
