import type http from 'node:http';
import type { Logger } from './logger';

/**
 * One JSON line per request when its answer is sent or its connection ends: id, method, path,
 * status, duration and the GraphQL operation name the client gave. Failures of ours (status 500
 * and up, or a connection closed before an answer) at warn; a refused request (4xx) is the
 * client's mistake, not an operator's concern, so it stays at info like the rest.
 */
export function logWhenDone(req: http.IncomingMessage, res: http.ServerResponse, requestId: string, logger: Logger): void {
  const started = process.hrtime.bigint();
  let logged = false;
  const done = () => {
    if (logged) return;
    logged = true;
    const url = new URL(req.url ?? '/', 'http://localhost');
    const entry = {
      requestId,
      method: req.method,
      path: url.pathname,
      status: res.writableFinished ? res.statusCode : 0,
      ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
      operationName: url.searchParams.get('operationName') ?? operationNameOf(res) ?? undefined,
      // The codes of the GraphQL errors in the answer, so that a 200 with errors (a partial answer) is findable too.
      errors: errorCodes.get(res),
    };
    if (entry.status === 0 || entry.status >= 500) logger.warn(entry, 'request failed');
    else if (entry.status >= 400) logger.info(entry, 'request refused');
    else if (entry.errors) logger.info(entry, 'request answered with errors');
    else logger.info(entry, 'request');
  };
  res.once('finish', done);
  res.once('close', done);
}

// The graphql route records the body's operationName here (a body is read only once).
const operationNames = new WeakMap<http.ServerResponse, string>();

export function rememberOperationName(res: http.ServerResponse, name: unknown): void {
  if (typeof name === 'string' && name.length > 0) operationNames.set(res, name.slice(0, 100));
}

function operationNameOf(res: http.ServerResponse): string | undefined {
  return operationNames.get(res);
}

// The error-log plugin sees a request's GraphQL errors with its context, not its response: the
// graphql route puts the response on the context under a symbol (an own enumerable property, so it
// survives Apollo's shallow copy of the context object).
const RESPONSE = Symbol('response');
const errorCodes = new WeakMap<http.ServerResponse, string[]>();

export function linkContext(context: object, res: http.ServerResponse): void {
  (context as Record<symbol, unknown>)[RESPONSE] = res;
}

export function rememberErrorCodes(context: object, codes: readonly string[]): void {
  const res = (context as Record<symbol, unknown>)[RESPONSE] as http.ServerResponse | undefined;
  if (!res || codes.length === 0) return;
  errorCodes.set(res, [...new Set([...(errorCodes.get(res) ?? []), ...codes])]);
}
