import { csvLinksWriter, csvNodesWriter, DANISH_CSV, STANDARD_CSV, type CsvDialect } from './writers/csv';
import { gexfWriter } from './writers/gexf';
import { graphmlWriter } from './writers/graphml';
import { jsonLdWriter } from './writers/json-ld';
import { nodeLinkWriter } from './writers/node-link';
import type { ExportWriter } from './writers/writer';

/**
 * The formats, each one file: its name in `--format` and the URL, its media type and file name.
 * CSV is two files (nodes, links), so it is two formats here; the CLI's `--format csv` writes both.
 */
export const EXPORT_FORMATS = {
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', file: 'graph.graphml', writer: () => graphmlWriter() },
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', file: 'graph.gexf', writer: () => gexfWriter() },
  'node-link': { contentType: 'application/json; charset=utf-8', file: 'graph.node-link.json', writer: () => nodeLinkWriter() },
  jsonld: { contentType: 'application/ld+json; charset=utf-8', file: 'graph.jsonld', writer: () => jsonLdWriter() },
  'csv-nodes': { contentType: 'text/csv; charset=utf-8; header=present', file: 'nodes.csv', writer: (dialect: CsvDialect) => csvNodesWriter(dialect) },
  'csv-links': { contentType: 'text/csv; charset=utf-8; header=present', file: 'links.csv', writer: (dialect: CsvDialect) => csvLinksWriter(dialect) },
} as const satisfies Record<string, { contentType: string; file: string; writer: (dialect: CsvDialect) => ExportWriter }>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

export const isExportFormat = (name: string): name is ExportFormat => Object.hasOwn(EXPORT_FORMATS, name);

export const CSV_DIALECTS = { standard: STANDARD_CSV, danish: DANISH_CSV } as const;
export type CsvDialectName = keyof typeof CSV_DIALECTS;
