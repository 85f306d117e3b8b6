import autocannon from 'autocannon';
import type { HttpRequest } from './requests';

export interface LoadSettings {
  /** Seconds of measured load per question and contender. */
  duration: number;
  /** Seconds of load before measuring, thrown away (JIT, page cache, driver pool). */
  warmup: number;
  connections: number;
}

export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Connection errors, timeouts, non-2xx answers and GraphQL `errors` in a 200 answer. */
  errors: number;
}

function run(port: number, request: HttpRequest, seconds: number, connections: number) {
  let answerErrors = 0;
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: request.path,
        headers: { 'content-type': 'application/json' },
        body: request.body,
        // A GraphQL error still comes with status 200: look for it in every answer.
        onResponse: (_status: number, body: string) => {
          if (body.startsWith('{"errors"') || body.includes('"errors":[')) answerErrors += 1;
        },
      },
    ],
  }).then((result) => ({ result, answerErrors }));
}

/** Load thrown away: warms the contender, the driver pool and Neo4j's JIT for this request. */
export async function warmUp(port: number, request: HttpRequest, settings: LoadSettings): Promise<void> {
  if (settings.warmup > 0) await run(port, request, settings.warmup, settings.connections);
}

/** A measured run with a fixed number of connections for a fixed time. */
export async function measure(port: number, request: HttpRequest, settings: LoadSettings, measured?: { before(): void; after(): void }): Promise<LoadFigures> {
  measured?.before();
  const { result, answerErrors } = await run(port, request, settings.duration, settings.connections);
  measured?.after();
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx + answerErrors,
  };
}
