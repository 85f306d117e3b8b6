import { createSchema } from '../../../src/server/schema';
import { graphFingerprint } from '../../support/graph-checksum';
import { runPool } from '../../support/run-pool';
import { startTestApp, useMiniApp } from '../../support/test-app';
import { generateCases, overloadBurst, prng } from './query-generator';

// FUZZ_SEED replays a run; the default is fixed so that `npm test` is the same every time.
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const COUNT = 1_000;
// Generous: a bound that only a hang or a runaway query would cross, not a benchmark.
const LATENCY_BOUND_MS = 10_000;

describe(`fuzzing the HTTP endpoint (${COUNT} generated requests, seed ${SEED})`, () => {
  const env = useMiniApp();

  it('then no answer is a 5xx (except a coded 503), each comes within the bound, the server stays up and the graph is unchanged', async () => {
    const before = await graphFingerprint(env.database);
    const cases = generateCases(await createSchema(), SEED, COUNT);

    const results = await runPool(cases, 8, async (fuzz) => {
      const started = Date.now();
      const response = await fetch(`${env.app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: typeof fuzz.body === 'string' ? fuzz.body : JSON.stringify(fuzz.body),
      });
      const text = await response.text();
      let code: string | undefined;
      try {
        code = JSON.parse(text).errors?.[0]?.extensions?.code;
      } catch {
        code = 'NOT_JSON';
      }
      return { kind: fuzz.kind, status: response.status, code, ms: Date.now() - started, body: fuzz.body };
    });

    const tally = (key: (r: (typeof results)[number]) => string) =>
      Object.fromEntries([...results.reduce((m, r) => m.set(key(r), (m.get(key(r)) ?? 0) + 1), new Map<string, number>())].sort());
    console.log(
      `fuzz seed ${SEED}: ${results.length} requests; kinds ${JSON.stringify(tally((r) => r.kind))}; ` +
        `statuses ${JSON.stringify(tally((r) => String(r.status)))}; codes ${JSON.stringify(tally((r) => r.code ?? 'none'))}; ` +
        `slowest ${Math.max(...results.map((r) => r.ms))} ms`,
      results.slice().sort((a, b) => b.ms - a.ms).slice(0, 6).map((r) => `${r.ms} ${r.kind} ${r.status} ${r.code} ${JSON.stringify(r.body).slice(0, 160)}`).join("\n"),
    );

    const serverErrors = results.filter((r) => r.status >= 500 && !(r.status === 503 && ['SERVICE_UNAVAILABLE', 'REQUEST_TIMEOUT'].includes(r.code ?? '')));
    expect(serverErrors.map((r) => ({ status: r.status, code: r.code, body: JSON.stringify(r.body).slice(0, 300) }))).toEqual([]);
    expect(results.filter((r) => r.ms > LATENCY_BOUND_MS)).toEqual([]);
    expect(results.filter((r) => r.code === 'INTERNAL_SERVER_ERROR' || r.code === 'NOT_JSON')).toEqual([]);
    // Every kind was sent, and both successes and refusals happened: the generator really varies.
    expect(Object.keys(tally((r) => r.kind)).sort()).toEqual(['deep', 'fragments', 'invalid', 'valid', 'variables', 'wide']);
    expect(results.some((r) => r.status === 200 && !r.code)).toBe(true);
    expect(results.some((r) => r.code === 'QUERY_TOO_DEEP')).toBe(true);
    expect((await fetch(`${env.app.url}/health`)).status).toBe(200);
    expect(await graphFingerprint(env.database)).toEqual(before);
  }, 120_000);

  it('when bursts of heavy queries exceed admission control, then every answer is right or a fast coded, retryable 503, /health stays 200 and the graph is unchanged', async () => {
    const before = await graphFingerprint(env.database);
    // Tight limits, so that the mini fixture's heavy queries overflow them as the real ones would the defaults.
    const app = await startTestApp(env.database, false, { admission: { maxInFlight: 2, maxQueued: 2, maxQueueWaitMs: 2_000 } });
    try {
      const r = prng(SEED);
      const answers: Array<{ status: number; code?: string; retryAfter: string | null; ms: number }> = [];
      for (let burst = 0; burst < 5; burst += 1) {
        const healthAnswer = fetch(`${app.url}/health`).then((response) => response.status);
        answers.push(
          ...(await Promise.all(
            overloadBurst(r, 40).map(async (query) => {
              const started = Date.now();
              const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
              const body = (await response.json()) as any;
              return { status: response.status, code: body.errors?.[0]?.extensions?.code, retryAfter: response.headers.get('retry-after'), ms: Date.now() - started };
            }),
          )),
        );
        expect(await healthAnswer).toBe(200);
      }
      const refused = answers.filter((a) => a.status === 503);
      console.log(`overload bursts: ${answers.length} requests, ${refused.length} refused (${JSON.stringify([...new Set(refused.map((a) => a.code))])}), slowest refusal ${Math.max(0, ...refused.map((a) => a.ms))} ms`);
      // Each answer is an answer (200, or the bomb's coded 400) or a coded retryable 503; never an internal error.
      expect(answers.filter((a) => !(a.status === 200 || (a.status === 400 && a.code === 'QUERY_TOO_COMPLEX') || (a.status === 503 && a.retryAfter === '1' && ['OVERLOADED', 'DATABASE_BUSY', 'SERVICE_UNAVAILABLE'].includes(a.code ?? ''))))).toEqual([]);
      expect(refused.some((a) => a.code === 'OVERLOADED')).toBe(true);
      expect(answers.some((a) => a.status === 200)).toBe(true);
      expect(answers.filter((a) => a.ms > LATENCY_BOUND_MS)).toEqual([]);
    } finally {
      await app.stop();
    }
    expect(await graphFingerprint(env.database)).toEqual(before);
  }, 120_000);
});
