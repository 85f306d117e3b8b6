import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATASETS, buildGraph, realGraph } from './datasets/datasets';
import { report } from './markdown';
import { readmeFile, resultsDir, updateReadme } from './readme-table';
import type { DatasetResult } from './results';
import { runDataset, stopRunning, type RunOptions } from './run-dataset';

// npm run bench [-- --smoke] [--datasets real,x10,x100,x1000] [--duration s] [--warmup s]
//   [--connections n] [--heap 6g] [--pagecache 2g] [--neo4j-uri bolt://...] [--out dir]
//   [--response-cache bytes]
interface Args {
  smoke: boolean;
  /** RESPONSE_CACHE_BYTES for ours; 0: off (the figures the targets are about). */
  responseCacheBytes: number;
  datasets: string[];
  out: string;
  options: Omit<RunOptions, 'log'>;
}

function parseArgs(argv: string[]): Args {
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const number = (name: string, fallback: number) => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const parsed = Number(raw);
    if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${name} must be a positive number, got "${raw}"`);
    return parsed;
  };
  const smoke = argv.includes('--smoke');
  const datasets = (value('datasets') ?? (smoke ? 'real' : DATASETS.map((d) => d.name).join(','))).split(',');
  for (const name of datasets) if (!DATASETS.some((d) => d.name === name)) throw new Error(`Unknown dataset "${name}" (${DATASETS.map((d) => d.name).join(', ')})`);
  const responseCacheBytes = value('response-cache') === undefined ? 0 : number('response-cache', 0);
  return {
    smoke,
    responseCacheBytes,
    datasets,
    // A smoke run's one-second figures must never pass for results: they go to a temp folder.
    out: path.resolve(value('out') ?? (smoke ? path.join(os.tmpdir(), 'legeplads-bench-smoke') : resultsDir)),
    options: {
      duration: number('duration', smoke ? 1 : 5),
      warmup: number('warmup', smoke ? 0 : 5),
      connections: number('connections', smoke ? 4 : 10),
      probes: number('probes', smoke ? 2 : 3),
      heap: value('heap') ?? '6g',
      pageCache: value('pagecache') ?? '2g',
      neo4jUri: value('neo4j-uri'),
      slowAnswerMs: number('slow-answer', 20) * 1000,
      profileHottest: 2,
    },
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const began = Date.now();
  const log = (line: string) => console.log(`[bench ${((Date.now() - began) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  // A run with the response cache names its files so, and never passes for the cache-off tables.
  const run = `${new Date().toISOString().slice(0, 16).replace(':', '')}${args.responseCacheBytes ? '-cache' : ''}`;
  if (args.responseCacheBytes) {
    process.env.BENCH_RESPONSE_CACHE_BYTES = String(args.responseCacheBytes); // the contenders inherit it (bench/contenders/ours.ts)
    log(`response cache on for ours: ${args.responseCacheBytes} bytes`);
  }
  mkdirSync(args.out, { recursive: true });
  const real = realGraph();
  const results: DatasetResult[] = [];
  for (const name of args.datasets) {
    const spec = DATASETS.find((d) => d.name === name)!;
    const buildStart = Date.now();
    const graph = buildGraph(spec, real);
    log(`dataset ${name} (×${spec.factor}): ${graph.nodes.length} nodes, ${graph.relationships.length} relationships`);
    const result = await runDataset(spec, graph, Date.now() - buildStart, { ...args.options, log });
    const file = path.join(args.out, `${run}-${name}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    log(`wrote ${file}`);
    results.push(result);
  }
  const cacheNote = args.responseCacheBytes
    ? `**Response cache on for ours** (RESPONSE_CACHE_BYTES=${args.responseCacheBytes}): repeated questions are answered from memory; the floor and the peer run every request.\n\n`
    : '';
  const markdown = cacheNote + report(results);
  writeFileSync(path.join(args.out, `${run}.md`), `${markdown}\n`);
  console.log(`\n${markdown}\n`);
  // A full run into bench/results/ refreshes the README; a smoke run or another folder does not.
  if (!args.smoke && !args.responseCacheBytes && args.out === resultsDir && args.datasets.length === DATASETS.length) {
    updateReadme(results);
    log(`updated ${readmeFile}`);
  }
  log(`done in ${((Date.now() - began) / 1000).toFixed(0)} s`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`\n${signal}: stopping the contenders and Neo4j...`);
    void stopRunning().finally(() => process.exit(130));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
