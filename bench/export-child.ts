import { Database } from '../src/db/database';
import { FORMAT_NAMES, type ExportFormat } from '../src/graph/export/export-formats';
import { ExportRepository } from '../src/graph/export/export.repository';
import { planExport, writeExport } from '../src/graph/export/run-export';

// One whole-graph export in a process of its own (bench/exports.ts starts it), so that its peak
// RSS is the export's alone: bytes counted and dropped, as a socket or file would take them.
// usage: node dist/bench/export-child.js <bolt uri> <format>; prints {bytes, ms, nodes, links, maxRssMb}

async function main(): Promise<void> {
  const [uri, format] = process.argv.slice(2);
  if (!FORMAT_NAMES.includes(format as ExportFormat)) throw new Error(`format must be one of ${FORMAT_NAMES.join(', ')}`);
  const database = new Database({ uri, queryTimeoutMs: 600_000 });
  try {
    const repository = new ExportRepository(database, 600_000);
    const started = Date.now();
    const plan = await planExport(repository, { format: format as ExportFormat, selection: { kind: 'all' }, csv: 'standard' }, 1e9);
    let bytes = 0;
    await writeExport(repository, plan, (text) => void (bytes += Buffer.byteLength(text)), 1e9);
    const ms = Date.now() - started;
    console.log(JSON.stringify({ format, bytes, ms, nodes: plan.nodes, links: plan.links, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
