import type { ExportLink, ExportNode } from '../export-rows';

/** What an export says about itself in the file (title, what part of the graph it holds). */
export interface ExportMeta {
  title: string;
  /** "the whole graph", "theme:staerke-byer and one step around its initiatives", … */
  selection: string;
}

/**
 * A format, written piece by piece as rows stream in: `begin`, every node, `between`, every link,
 * `end`. Each returns the text to send next, so that nothing but the current row is held. A
 * writer that writes only nodes or only links (a CSV file) says so, and the other query is not run.
 */
export interface ExportWriter {
  readonly parts: { nodes: boolean; links: boolean };
  begin(meta: ExportMeta): string;
  node(node: ExportNode): string;
  between(): string;
  link(link: ExportLink): string;
  end(): string;
}

/** The name every export gives the source of its evidence. */
export const REPORT_TITLE = 'Fra vision til virkelighed – 100 eksempler på realiseringen af Fremtidens Legeplads (Billund Kommune, 2025)';
