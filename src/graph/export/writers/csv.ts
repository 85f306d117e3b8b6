import { LINK_ATTRIBUTES, NODE_ATTRIBUTES, type ExportLink, type ExportNode } from '../export-rows';
import type { ExportWriter } from './writer';

// CSV as RFC 4180 has it (CRLF line ends, a field quoted when it holds the separator, a quote or
// a line break, quotes doubled), one file for nodes and one for links: a spreadsheet holds one
// table per file. The first columns are the ones Gephi's spreadsheet import looks for (Id, Label;
// Id, Source, Target), so the two files also open there as a node and an edge table.

export interface CsvDialect {
  separator: ',' | ';';
  /** Danish Excel reads 1,5 as a number and 1.5 as text. */
  decimalComma: boolean;
  /** Excel reads a file without a byte order mark as Windows-1252 and garbles æ, ø and å. */
  bom: boolean;
}

export const STANDARD_CSV: CsvDialect = { separator: ',', decimalComma: false, bom: false };
/** What Excel with Danish regional settings opens by double-click: semicolons, decimal comma, UTF-8 with BOM. */
export const DANISH_CSV: CsvDialect = { separator: ';', decimalComma: true, bom: true };

export function csvField(value: string | number | null, dialect: CsvDialect): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    const text = String(value);
    return dialect.decimalComma ? text.replace('.', ',') : text;
  }
  const needsQuotes = value.includes(dialect.separator) || /["\r\n]/.test(value) || value !== value.trim();
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

const line = (fields: (string | number | null)[], dialect: CsvDialect) => `${fields.map((field) => csvField(field, dialect)).join(dialect.separator)}\r\n`;

const NODE_COLUMNS = ['Id', ...NODE_ATTRIBUTES.map((attribute) => (attribute.name === 'label' ? 'Label' : attribute.name))];
const LINK_COLUMNS = ['Id', 'Source', 'Target', ...LINK_ATTRIBUTES.map((attribute) => attribute.name)];

/** The nodes file: Id (the global key), Label, then the node attributes. */
export function csvNodesWriter(dialect: CsvDialect): ExportWriter {
  return {
    parts: { nodes: true, links: false },
    begin: () => (dialect.bom ? '\uFEFF' : '') + line(NODE_COLUMNS, dialect),
    node: (node: ExportNode) => line([node.key, ...NODE_ATTRIBUTES.map((attribute) => node[attribute.name])], dialect),
    between: () => '',
    link: () => '',
    end: () => '',
  };
}

/** The links file: Id (the link's key), Source, Target, the relationship type and the evidence. */
export function csvLinksWriter(dialect: CsvDialect): ExportWriter {
  return {
    parts: { nodes: false, links: true },
    begin: () => (dialect.bom ? '\uFEFF' : '') + line(LINK_COLUMNS, dialect),
    node: () => '',
    between: () => '',
    link: (link: ExportLink) => line([link.key, link.from, link.to, ...LINK_ATTRIBUTES.map((attribute) => link[attribute.name])], dialect),
    end: () => '',
  };
}
