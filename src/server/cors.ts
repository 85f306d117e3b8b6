import type { IncomingMessage, ServerResponse } from 'node:http';

const PREFLIGHT_HEADERS = {
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  // What real clients send: bearer tokens (authorization) and W3C trace context (traceparent, tracestate).
  'access-control-allow-headers': 'content-type, authorization, x-request-id, apollo-require-preflight, traceparent, tracestate',
  'access-control-max-age': '600',
};

/**
 * CORS for an allow-list of exact origins (CORS_ORIGINS; empty by default, so browsers on other
 * sites cannot read answers). Answers preflight requests itself; returns true when it did.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, origins: readonly string[]): boolean {
  const origin = req.headers.origin;
  const allowed = origin !== undefined && origins.includes(origin);
  if (origins.length > 0) res.setHeader('vary', 'Origin');
  if (allowed) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-expose-headers', 'x-request-id');
  }
  if (req.method !== 'OPTIONS') return false;
  // A refused origin gets a preflight answer without allow headers: the browser then blocks the call.
  res.writeHead(204, { allow: 'GET, POST, OPTIONS', ...(allowed ? PREFLIGHT_HEADERS : {}) });
  res.end();
  return true;
}
