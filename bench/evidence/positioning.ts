import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { collectQuotes } from '../../src/dataset/evidence/collect-quotes';
import { positionQuotes } from '../../src/dataset/evidence/position-quotes';
import { readSources } from '../../src/dataset/evidence/sources';
import { assembleDataset, readRawDataset } from '../../src/dataset/read-dataset';

// npm run build && node dist/bench/evidence/positioning.js: what positioning every quote of the
// dataset adds to validation and load (reading documents and passages, finding and resolving each
// quote), median of 7 runs after one warm-up, with the machine's load average beside it.
const dataset = assembleDataset(readRawDataset());
const pages = new Map(dataset.initiatives.map(({ entry }) => [entry.id, entry.page]));
const times: number[] = [];
let count = 0;
for (let run = 0; run < 8; run += 1) {
  const started = performance.now();
  const sources = readSources();
  const document = [...sources.documents.values()][0];
  const { positioned } = positionQuotes(collectQuotes(dataset), document, sources.passages, pages);
  count = positioned.length;
  if (run > 0) times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
console.log(
  `${count} quotes positioned; median ${times[3].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[6].toFixed(0)}); ` +
    `load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
);
