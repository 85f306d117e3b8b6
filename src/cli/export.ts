import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { CodedError } from '../errors';
import { FORMAT_NAMES, type ExportFormat } from '../graph/export/export-formats';
import { ACCEPTED, readExportRequest } from '../graph/export/export-request';
import { ExportRepository } from '../graph/export/export.repository';
import { planExport, writeExport } from '../graph/export/run-export';
import { withDatabase } from './with-database';

// npm run export -- --format graphml|gexf|node-link|jsonld|csv [--theme id | --town id | --around id --depth n]
//                   [--csv-danish] [--out file]
// Reads the loaded graph (nothing is written to it) and streams the export to --out (or stdout).
// `--format csv` writes two files, <out>-nodes.csv and <out>-links.csv. A file is written under a
// temporary name and renamed when complete, so a failed export leaves no half file behind.

const USAGE = `usage: npm run export -- --format <${[...FORMAT_NAMES, 'csv'].join('|')}> [--theme <id> | --town <id> | --around <id> [--depth 1-3]] [--csv-danish] [--out <file>]
filters: ${Object.entries(ACCEPTED.filters)
  .map(([name, text]) => `--${name}: ${text}`)
  .join('\n         ')}`;

const { values } = parseArgs({
  options: {
    format: { type: 'string' },
    theme: { type: 'string' },
    town: { type: 'string' },
    around: { type: 'string' },
    depth: { type: 'string' },
    out: { type: 'string' },
    'csv-danish': { type: 'boolean' },
    help: { type: 'boolean' },
  },
  strict: true,
});

if (values.help || !values.format) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}

const parameters = new Map<string, string>();
for (const name of ['theme', 'town', 'around', 'depth'] as const) if (values[name] !== undefined) parameters.set(name, values[name]);
if (values['csv-danish']) parameters.set('csv', 'danish');

const csvPair = values.format === 'csv';
if (csvPair && !values.out) {
  console.error('--format csv writes two files (nodes and links): give --out <name>.csv');
  process.exit(2);
}
const jobs: { format: ExportFormat; out: string | undefined }[] = csvPair
  ? (['csv-nodes', 'csv-links'] as const).map((format) => ({ format, out: values.out?.replace(/(\.csv)?$/, `-${format.slice(4)}.csv`) }))
  : [{ format: values.format as ExportFormat, out: values.out }];

async function toStream(target: Writable, run: (sink: (text: string) => Promise<void>) => Promise<unknown>): Promise<void> {
  await run(async (text) => {
    if (!target.write(text)) await once(target, 'drain');
  });
}

const config = loadConfig();
let requests;
try {
  requests = jobs.map((job) => ({ ...job, request: readExportRequest(job.format, parameters) }));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(USAGE);
  process.exit(2);
}

withDatabase(async (database) => {
  const repository = new ExportRepository(database, config.exports.timeoutMs);
  const { maxElements } = config.exports;
  for (const { request, out } of requests) {
    const started = Date.now();
    const plan = await planExport(repository, request, maxElements);
    const run = (sink: (text: string) => Promise<void>) => writeExport(repository, plan, sink, maxElements);
    if (!out) {
      await toStream(process.stdout, run);
      continue;
    }
    const partial = `${out}.partial`;
    const file = createWriteStream(partial);
    try {
      await toStream(file, run);
      file.end();
      await once(file, 'finish');
      renameSync(partial, out);
    } catch (error) {
      file.destroy();
      rmSync(partial, { force: true });
      throw error;
    }
    console.error(`Wrote ${out}: ${plan.nodes} nodes, ${plan.links} links (${request.format}) in ${Date.now() - started} ms`);
  }
}).catch((error: unknown) => {
  console.error(error instanceof CodedError ? error.message : error);
  process.exit(1);
});
