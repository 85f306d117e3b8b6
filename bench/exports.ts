import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../src/db/database';
import { startEmbeddedNeo4j } from '../src/db/embedded/embedded-neo4j';
import { freePort } from '../src/db/embedded/ports';
import { applySchema } from '../src/db/schema';
import { loadGraph } from '../src/dataset/load-dataset';
import { FORMAT_NAMES } from '../src/graph/export/export-formats';
import { buildGraph, DATASETS, realGraph } from './datasets/datasets';
import { SEED_TRANSACTION_SIZE } from './run-dataset';

// npm run build && node dist/bench/exports.js [real,x10,x100,x1000]: per dataset, a throw-away
// embedded Neo4j loaded with it, then a whole-graph export per format, each in its own process
// (bench/export-child.ts), printing size, time and that process's peak RSS, with the load average.
// BENCH_BOLT_PORT fixes the Bolt port of that Neo4j (a free one otherwise).

async function main(): Promise<void> {
  const names = (process.argv[2] ?? 'real').split(',');
  const real = realGraph();
  for (const spec of DATASETS.filter((dataset) => names.includes(dataset.name))) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), `legeplads-export-bench-${spec.name}-`));
    const neo4j = await startEmbeddedNeo4j({ boltPort: process.env.BENCH_BOLT_PORT ? Number(process.env.BENCH_BOLT_PORT) : await freePort(), dataDir, heap: '2g', pageCache: '512m', startTimeoutMs: 300_000, log: () => undefined });
    try {
      const database = new Database({ uri: neo4j.uri, queryTimeoutMs: 600_000 });
      try {
        await applySchema(database);
        let graph = buildGraph(spec, real);
        await loadGraph(database, graph, spec.factor > 1 ? { transactionSize: SEED_TRANSACTION_SIZE } : {});
        console.log(`${spec.name}: ${graph.nodes.length} nodes, ${graph.relationships.length} relationships; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
        graph = undefined as never;
      } finally {
        await database.close();
      }
      for (const format of FORMAT_NAMES) {
        const out = execFileSync(process.execPath, [path.join(__dirname, 'export-child.js'), neo4j.uri, format], { encoding: 'utf8' });
        const result = JSON.parse(out);
        console.log(`  ${format.padEnd(10)} ${(result.bytes / 1e6).toFixed(2).padStart(8)} MB ${String(result.ms).padStart(7)} ms  peak RSS ${result.maxRssMb} MB`);
      }
      console.log(`  load average after: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    } finally {
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
