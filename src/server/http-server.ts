import http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { ExportLimits } from '../config';
import type { Database } from '../db/database';
import type { Context } from '../graph/context';
import { applyCors } from './cors';
import type { Logger } from './logger';
import { requestIdOf } from './request-id';
import { logWhenDone } from './request-log';
import { answerWithin } from './request-timeout';
import { handleExplorer } from './routes/explorer-route';
import { handleExport } from './routes/export-route';
import { handleGraphiQLAsset, handleGraphiQLPage } from './routes/graphiql-route';
import { handleGraphQL } from './routes/graphql-route';
import { handleHealth, handleReady } from './routes/health-routes';
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
}

/** Routes: /graphql (API; GraphiQL for browsers), /graphiql, /health, /ready, /export/*, /assets/graphiql/*, /explorer[/*]. */
export function createHttpServer(options: HttpServerOptions): http.Server {
  const server = http.createServer((req, res) => {
    // Every answer carries the request id, so that a client can quote it and we can find the log lines.
    const requestId = requestIdOf(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    logWhenDone(req, res, requestId, options.logger);
    route(req, res, options, requestId).catch((error: unknown) => {
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

async function route(req: http.IncomingMessage, res: http.ServerResponse, options: HttpServerOptions, requestId: string): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const wantsHtml = req.method === 'GET' && /text\/html/.test(req.headers.accept ?? '');
  if (url.pathname === '/graphql') {
    if (applyCors(req, res, options.corsOrigins)) return;
    if (wantsHtml && !url.searchParams.has('query')) return handleGraphiQLPage(res);
    const work = handleGraphQL(req, res, options.apollo, () => options.context(requestId), options.maxBodyBytes);
    return answerWithin(res, options.requestTimeoutMs, requestId, work);
  }
  if (url.pathname === '/graphiql') return handleGraphiQLPage(res);
  if (url.pathname === '/health') return handleHealth(res);
  if (url.pathname === '/ready') return handleReady(res, options.database);
  if (url.pathname.startsWith('/export/')) return handleExport(req, res, url, options.database, options.exports, requestId, options.logger);
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

