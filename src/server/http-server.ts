import http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { ExportLimits } from '../config';
import type { Database } from '../db/database';
import type { Context } from '../graph/context';
import { ErrorCode } from '../errors';
import type { Admission } from './admission';
import { applyCors } from './cors';
import type { Logger } from './logger';
import { requestIdOf } from './request-id';
import type { ResponseCache } from './response-cache';
import { linkContext, logWhenDone } from './request-log';
import { answerWithin } from './request-timeout';
import { handleExplorer } from './routes/explorer-route';
import { handleExport } from './routes/export-route';
import { handleGraphiQLAsset, handleGraphiQLPage } from './routes/graphiql-route';
import { handleGraphQL } from './routes/graphql-route';
import { handleHealth, readyCheck } from './routes/health-routes';
import { sendJson } from './routes/send';

export interface HttpServerOptions {
  apollo: ApolloServer<Context>;
  database: Database;
  context: (requestId: string) => Promise<Context>;
  maxBodyBytes: number;
  requestTimeoutMs: number;
  corsOrigins: readonly string[];
  exports: ExportLimits;
  logger: Logger;
  admission: Admission;
  /** seed/'s dataset fingerprint, for /ready to compare with the loaded one. */
  seedFingerprint?: string;
  /** Whole answers kept per dataset fingerprint (RESPONSE_CACHE_BYTES); none when off. */
  responseCache?: ResponseCache;
}

// /ready's read gets 900 ms, so that the answer (with its JSON) leaves within 1 s.
const READY_READ_MS = 900;

/** Routes: /graphql (API; GraphiQL for browsers), /graphiql, /health, /ready, /export/*, /assets/graphiql/*, /explorer[/*]. */
export function createHttpServer(options: HttpServerOptions): http.Server {
  const ready = readyCheck({ database: options.database, seedFingerprint: options.seedFingerprint, logger: options.logger, timeoutMs: READY_READ_MS });
  const server = http.createServer((req, res) => {
    // Every answer carries the request id, so that a client can quote it and we can find the log lines.
    const requestId = requestIdOf(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    logWhenDone(req, res, requestId, options.logger);
    route(req, res, options, requestId, ready).catch((error: unknown) => {
      options.logger.error({ requestId, err: error }, 'HTTP handler failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
      else res.end();
    });
  });
  // Node's own limit on receiving a request (slow clients); headers must arrive sooner still.
  server.requestTimeout = options.requestTimeoutMs;
  server.headersTimeout = Math.min(options.requestTimeoutMs, 10_000);
  return server;
}

async function route(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: HttpServerOptions,
  requestId: string,
  ready: (res: http.ServerResponse) => Promise<void>,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const wantsHtml = req.method === 'GET' && /text\/html/.test(req.headers.accept ?? '');
  if (url.pathname === '/graphql') {
    if (applyCors(req, res, options.corsOrigins)) return;
    if (wantsHtml && !url.searchParams.has('query')) return handleGraphiQLPage(res);
    const admitted = options.admission.enter();
    if (!admitted) return refuseOverloaded(res, requestId, options.admission);
    const work = admitted.then(async (release) => {
      if (!release) return refuseOverloaded(res, requestId, options.admission);
      try {
        // Queued past the request timeout, or the client left: the slot passes on at once.
        if (res.writableEnded || res.destroyed) return;
        const context = async () => {
          const value = await options.context(requestId);
          linkContext(value, res);
          return value;
        };
        await handleGraphQL(req, res, options.apollo, context, options.maxBodyBytes, options.responseCache);
      } finally {
        release();
      }
    });
    return answerWithin(res, options.requestTimeoutMs, requestId, work);
  }
  if (url.pathname === '/graphiql') return handleGraphiQLPage(res);
  // Outside admission control: a load balancer's and a supervisor's checks stay fast under any load.
  if (url.pathname === '/health') return handleHealth(res, options.database);
  if (url.pathname === '/ready') return ready(res);
  if (url.pathname.startsWith('/export/')) {
    // An export holds a read transaction for long: it takes an admission slot like any query.
    const admitted = options.admission.enter();
    if (!admitted) return refuseOverloaded(res, requestId, options.admission);
    const release = await admitted;
    if (!release) return refuseOverloaded(res, requestId, options.admission);
    try {
      await handleExport(req, res, url, options.database, options.exports, requestId, options.logger);
    } finally {
      release();
    }
    return;
  }
  if (url.pathname === '/explorer' || url.pathname.startsWith('/explorer/')) return handleExplorer(req, res, url.pathname);
  if (url.pathname.startsWith('/assets/graphiql/') && handleGraphiQLAsset(res, url.pathname.slice('/assets/graphiql/'.length))) {
    return;
  }
  if (url.pathname === '/') {
    res.writeHead(302, { location: '/graphql' });
    res.end();
    return;
  }
  sendJson(res, 404, { error: `Nothing at ${url.pathname}` });
}


/** The excess of admission control: refused before its body is read, so that it costs next to nothing. */
function refuseOverloaded(res: http.ServerResponse, requestId: string, admission: Admission): void {
  if (res.headersSent) return;
  const { maxInFlight, maxQueued } = admission.limits;
  res.setHeader('retry-after', '1');
  sendJson(res, 503, {
    errors: [
      {
        message: `The service is at capacity (${maxInFlight} requests running, ${maxQueued} waiting at most ${admission.limits.maxQueueWaitMs} ms); try again shortly`,
        extensions: { code: ErrorCode.OVERLOADED, retryable: true, requestId },
      },
    ],
  });
}
