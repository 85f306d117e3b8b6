// CSV for the explorer's exports (cells, dialects, the BOM), and the graph view as one table: a row per node, then a row per link with its evidence.
import type { GraphEdge, GraphNode } from './model';

export const CSV_COLUMNS = ['record', 'id', 'type', 'label', 'from', 'to', 'page', 'basis', 'quote', 'rationale', 'event'] as const;

/** How cells are separated and when they are quoted. */
export interface CsvDialect {
  delimiter: ',' | ';';
  /** Quote every cell, not only those that need it. */
  quoteAll: boolean;
}

export const PLAIN_CSV: CsvDialect = { delimiter: ',', quoteAll: false };
/** What Danish Excel opens with a double-click: its list separator is ";" (the comma is the decimal sign). */
export const DANISH_EXCEL_CSV: CsvDialect = { delimiter: ';', quoteAll: true };

/** One cell: quoted when needed; a leading = + @ gets a ' so that a spreadsheet never runs it as a formula. */
export function csvCell(value: string | number | null | undefined, dialect: CsvDialect = PLAIN_CSV): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+@\t\r]/.test(text)) text = `'${text}`;
  const special = dialect.delimiter === ';' ? /[";\r\n]/ : /[",\r\n]/;
  return dialect.quoteAll || special.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole table; CRLF and a BOM: what spreadsheet programs expect, so that æ, ø and å survive a double-click. */
export function csvText(rows: readonly (readonly (string | number | null | undefined)[])[], dialect: CsvDialect = PLAIN_CSV): string {
  return `\uFEFF${rows.map((row) => row.map((cell) => csvCell(cell, dialect)).join(dialect.delimiter)).join('\r\n')}\r\n`;
}

export function toCsv(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): string {
  const labels = new Map(nodes.map((node) => [node.id, node.label]));
  const rows: (string | number | null)[][] = [[...CSV_COLUMNS]];
  for (const node of nodes) rows.push(['node', node.id, node.kind, node.label, null, null, null, null, null, null, null]);
  for (const edge of edges) {
    const { page, basis, quote, rationale } = edge.evidence;
    const label = `${labels.get(edge.from) ?? edge.from} → ${labels.get(edge.to) ?? edge.to}`;
    rows.push(['edge', edge.id, edge.type, label, edge.from, edge.to, page, basis, quote, rationale, edge.event]);
  }
  return csvText(rows);
}
