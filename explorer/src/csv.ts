// The current view as two CSV files that Danish Excel opens with a double-click: one row per node,
// one row per link with its evidence. Semicolons (Danish Excel's list separator, since the decimal
// mark is a comma), CRLF and a UTF-8 BOM (so æ, ø and å survive); headers and words in the page's
// language, never a raw code.
import { basisName, kindName, linkName, pick } from './i18n';
import type { GraphEdge, GraphNode } from './model';

/** One cell: quoted when needed; a leading = + @ gets a ' so that a spreadsheet never runs it as a formula. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(rows: (string | number | null)[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

export function nodesCsv(nodes: readonly GraphNode[], links: ReadonlyMap<string, number> = new Map()): string {
  return table([
    ['id', pick('type', 'type'), pick('navn', 'name'), pick('år', 'year'), pick('forbindelser i alt', 'links in all')],
    ...nodes.map((node) => [node.id, kindName(node.kind), node.label, node.year, links.get(node.id) ?? null]),
  ]);
}

export function linksCsv(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): string {
  const labels = new Map(nodes.map((node) => [node.id, node.label]));
  return table([
    [
      'id', pick('fra id', 'from id'), pick('fra', 'from'), pick('forbindelse', 'link'), pick('til id', 'to id'), pick('til', 'to'),
      pick('side', 'page'), pick('grundlag', 'basis'), pick('citat', 'quote'), pick('begrundelse', 'rationale'), pick('hændelse', 'event'),
    ],
    ...edges.map((edge) => [
      edge.id, edge.from, labels.get(edge.from) ?? edge.from, linkName(edge.type), edge.to, labels.get(edge.to) ?? edge.to,
      edge.evidence.page, basisName(edge.evidence.basis), edge.evidence.quote, edge.evidence.rationale, edge.event,
    ]),
  ]);
}
