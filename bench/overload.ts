import autocannon from 'autocannon';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/paths';

// npm run build && node dist/bench/overload.js [url] [connections] [seconds]
// Overload of a running service (start it first, e.g. PORT=4101 npm start): autocannon keeps
// `connections` requests of one heavy query open at once, while /health is sampled every 50 ms on
// its own connection. Prints and stores the share of fast 503s, the latency of admitted requests and
// /health's, with the load average before and after (the machine may be shared: say so with the figures).

const HEAVY_QUERY =
  '{ initiativesPage(first: 100) { totalCount edges { node { title partners { node { name } evidence { page quote basis } } themes { node { name } evidence { page quote basis } } } } } }';

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function main(): Promise<void> {
  const url = process.argv[2] ?? 'http://127.0.0.1:4101';
  const connections = Number(process.argv[3] ?? 400);
  const seconds = Number(process.argv[4] ?? 20);
  const loadBefore = os.loadavg();
  const byStatus = new Map<number, number[]>();
  const codes = new Map<string, number>();
  const health: number[] = [];
  const healthStatuses = new Map<number, number>();
  let sampling = true;
  const sampleHealth = async () => {
    while (sampling) {
      const started = performance.now();
      try {
        const response = await fetch(`${url}/health`);
        await response.arrayBuffer();
        healthStatuses.set(response.status, (healthStatuses.get(response.status) ?? 0) + 1);
      } catch {
        healthStatuses.set(0, (healthStatuses.get(0) ?? 0) + 1);
      }
      health.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const healthLoop = sampleHealth();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        connections,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: HEAVY_QUERY }),
        requests: [
          {
            // The code of each refusal: OVERLOADED (admission control) or a database one.
            onResponse: (status: number, body: string) => {
              if (status === 200) return;
              const code = /"code":"([A-Z_]+)"/.exec(body)?.[1] ?? 'none';
              codes.set(`${status} ${code}`, (codes.get(`${status} ${code}`) ?? 0) + 1);
            },
          },
        ],
      },
      (error, done) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
    );
    // Latency by status: autocannon's own percentiles mix the fast refusals with the admitted answers.
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      const list = byStatus.get(statusCode) ?? [];
      list.push(responseTime);
      byStatus.set(statusCode, list);
    });
  });
  sampling = false;
  await healthLoop;
  const loadAfter = os.loadavg();
  const total = [...byStatus.values()].reduce((n, list) => n + list.length, 0);
  const refused = byStatus.get(503) ?? [];
  const admitted = byStatus.get(200) ?? [];
  const fast = refused.filter((ms) => ms < 100).length;
  const figures = {
    at: new Date().toISOString(),
    url,
    connections,
    seconds,
    query: HEAVY_QUERY,
    requests: total,
    statuses: Object.fromEntries([...byStatus].map(([status, list]) => [status, list.length])),
    codes: Object.fromEntries(codes),
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    refused503: { share: total ? refused.length / total : 0, under100ms: refused.length ? fast / refused.length : 0, p50: percentile(refused, 50), p99: percentile(refused, 99) },
    admitted200: { count: admitted.length, perSecond: admitted.length / seconds, p50: percentile(admitted, 50), p99: percentile(admitted, 99), max: Math.max(0, ...admitted) },
    health: { samples: health.length, statuses: Object.fromEntries(healthStatuses), p50: percentile(health, 50), p99: percentile(health, 99), max: Math.max(0, ...health) },
    loadAverage: { before: loadBefore.map((v) => Number(v.toFixed(2))), after: loadAfter.map((v) => Number(v.toFixed(2))) },
    cpus: os.cpus().length,
  };
  const file = path.join(projectRoot, 'bench', 'results', `${figures.at.slice(0, 16).replace(/:/g, '')}-overload.json`);
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  const ms = (v: number) => `${Math.round(v)} ms`;
  console.log(
    [
      `overload: ${connections} connections × ${seconds} s on a heavy query, ${total} answers ${JSON.stringify(figures.statuses)}, ${result.errors} connection errors, ${result.timeouts} timeouts`,
      `  codes of the refusals: ${JSON.stringify(figures.codes)}`,
      `  503 (refused): ${(figures.refused503.share * 100).toFixed(1)} % of answers, ${(figures.refused503.under100ms * 100).toFixed(1)} % of them under 100 ms, p50 ${ms(figures.refused503.p50)}, p99 ${ms(figures.refused503.p99)}`,
      `  200 (admitted): ${admitted.length} (${figures.admitted200.perSecond.toFixed(1)}/s), p50 ${ms(figures.admitted200.p50)}, p99 ${ms(figures.admitted200.p99)}, max ${ms(figures.admitted200.max)}`,
      `  /health: ${health.length} samples ${JSON.stringify(figures.health.statuses)}, p50 ${ms(figures.health.p50)}, p99 ${ms(figures.health.p99)}, max ${ms(figures.health.max)}`,
      `  load average before ${loadBefore.map((v) => v.toFixed(2)).join(' / ')}, after ${loadAfter.map((v) => v.toFixed(2)).join(' / ')} (${os.cpus().length} cores)`,
      `  written to ${path.relative(projectRoot, file)}`,
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
