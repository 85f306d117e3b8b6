import { LINK_ATTRIBUTES, NODE_ATTRIBUTES, type AttributeType, type ExportLink, type ExportNode } from '../export-rows';
import { REPORT_TITLE, type ExportMeta, type ExportWriter } from './writer';
import { xmlText } from './xml-text';

// GEXF 1.3 (gexf.net), Gephi's own format: typed attribute declarations per class, then <nodes>
// and <edges>. The node's name is GEXF's `label`; the relationship type is the edge's `label` and
// also an attribute, so that Gephi can filter and colour by it.

const GEXF_TYPE: Record<AttributeType, string> = { string: 'string', int: 'integer', double: 'double' };

const declarations = (scope: 'node' | 'edge', attributes: readonly { name: string; type: AttributeType }[]) =>
  `    <attributes class="${scope}">\n` +
  attributes.map((attribute) => `      <attribute id="${attribute.name}" title="${attribute.name}" type="${GEXF_TYPE[attribute.type]}"/>\n`).join('') +
  '    </attributes>\n';

const attvalues = (values: [string, string | number | null][]) => {
  const present = values.filter(([, value]) => value !== null);
  if (present.length === 0) return '';
  return `        <attvalues>\n${present.map(([name, value]) => `          <attvalue for="${name}" value="${xmlText(String(value))}"/>\n`).join('')}        </attvalues>\n`;
};

export function gexfWriter(): ExportWriter {
  return {
    parts: { nodes: true, links: true },
    begin: (meta: ExportMeta) =>
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
      `  <meta>\n    <creator>fremtidens-legeplads-graph</creator>\n    <description>${xmlText(
        `${meta.title}: ${meta.selection}. Evidence (page, quote, basis) from ${REPORT_TITLE}.`,
      )}</description>\n  </meta>\n` +
      '  <graph defaultedgetype="directed" mode="static">\n' +
      declarations('node', NODE_ATTRIBUTES) +
      declarations('edge', LINK_ATTRIBUTES) +
      '    <nodes>\n',
    node: (node: ExportNode) =>
      `      <node id="${xmlText(node.key)}" label="${xmlText(node.label)}">\n` +
      attvalues(NODE_ATTRIBUTES.map((attribute) => [attribute.name, node[attribute.name]])) +
      '      </node>\n',
    between: () => '    </nodes>\n    <edges>\n',
    link: (link: ExportLink) =>
      `      <edge id="${xmlText(link.key)}" source="${xmlText(link.from)}" target="${xmlText(link.to)}" label="${link.relationship}">\n` +
      attvalues(LINK_ATTRIBUTES.map((attribute) => [attribute.name, link[attribute.name]])) +
      '      </edge>\n',
    end: () => '    </edges>\n  </graph>\n</gexf>\n',
  };
}
