import http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Database } from '../db/database';
import type { Context } from './context';
import { handleExplorer } from './routes/explorer-route';
import { handleGraphiQLAsset, handleGraphiQLPage } from './routes/graphiql-route';
import { handleGraphQL } from './routes/graphql-route';
import { handleHealth, handleReady } from './routes/health-routes';
import { sendJson } from './routes/send';

export interface HttpServerOptions {
  apollo: ApolloServer<Context>;
  database: Database;
  context: () => Promise<Context>;
  maxBodyBytes: number;
  log: (line: string) => void;
}

/** Routes: /graphql (API; GraphiQL for browsers), /graphiql, /health, /ready, /assets/graphiql/*, /explorer[/*]. */
export function createHttpServer(options: HttpServerOptions): http.Server {
  return http.createServer((req, res) => {
    route(req, res, options).catch((error: unknown) => {
      options.log(`HTTP handler failed: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
}

async function route(req: http.IncomingMessage, res: http.ServerResponse, options: HttpServerOptions): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const wantsHtml = req.method === 'GET' && /text\/html/.test(req.headers.accept ?? '');
  if (url.pathname === '/graphql') {
    if (wantsHtml && !url.searchParams.has('query')) return handleGraphiQLPage(res);
    return handleGraphQL(req, res, options.apollo, options.context, options.maxBodyBytes);
  }
  if (url.pathname === '/graphiql') return handleGraphiQLPage(res);
  if (url.pathname === '/health') return handleHealth(res);
  if (url.pathname === '/ready') return handleReady(res, options.database);
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
