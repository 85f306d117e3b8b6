// The current view as one CSV table: a row per node, then a row per link with its evidence.
import type { GraphEdge, GraphNode } from './model';

export const CSV_COLUMNS = ['record', 'id', 'type', 'label', 'from', 'to', 'page', 'basis', 'quote', 'rationale', 'event'] as const;

/** One cell: quoted when needed; a leading = + @ gets a ' so that a spreadsheet never runs it as a formula. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
  // CRLF and a BOM: what spreadsheet programs expect, so that æ, ø and å survive a double-click.
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
