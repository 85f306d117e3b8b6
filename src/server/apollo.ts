import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type http from 'node:http';
import type { QueryLimits } from '../config';
import { CLIENT_CODES } from './client-codes';
import type { Context } from '../graph/context';
import { errorLogPlugin } from './error-log-plugin';
import { withoutSuggestions } from './hide-suggestions';
import { MAX_DOCUMENT_TOKENS } from './limits/document-counts';
import { queryLimitsPlugin } from './limits/query-limits-plugin';
import type { Logger } from './logger';

export interface ApolloOptions {
  production: boolean;
  introspection: boolean;
  limits: QueryLimits;
  logger: Logger;
}

export function createApollo(schema: GraphQLSchema, httpServer: http.Server, options: ApolloOptions) {
  return new ApolloServer<Context>({
    schema,
    introspection: options.introspection,
    // On by default in Apollo Server 5; said here so that nobody turns it off by accident: GET and
    // simple POSTs need a non-simple header, so a foreign page cannot make a browser send a query.
    csrfPrevention: true,
    // The parser stops early on a huge document, so that no later walk of it can take long.
    parseOptions: { maxTokens: MAX_DOCUMENT_TOKENS },
    includeStacktraceInErrorResponses: !options.production,
    // Apollo's own logger would print errors as plain text; ours are structured (error-log-plugin).
    logger: { debug: () => undefined, info: () => undefined, warn: (m) => options.logger.warn(String(m)), error: (m) => options.logger.error(String(m)) },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 10_000 }),
      // Apollo's default landing page loads from a CDN; we serve GraphiQL from node_modules instead.
      ApolloServerPluginLandingPageDisabled(),
      queryLimitsPlugin(options.limits),
      errorLogPlugin(options.logger),
      // We set no cache hints; the default cache-control plugin would still wrap every field
      // resolver to compute them (measured in bench/: a visible share of a large answer's CPU).
      ApolloServerPluginCacheControlDisabled(),
    ],
    formatError: (shown: GraphQLFormattedError) => {
      const formatted = options.introspection ? shown : { ...shown, message: withoutSuggestions(shown.message) };
      const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      if (CLIENT_CODES.has(code) || !options.production) return formatted;
      // In production no stack, Cypher or driver text reaches the client; the code stays, and the
      // request id (added later by error-log-plugin) leads to the logged details.
      return { message: 'Internal server error', extensions: { code }, path: formatted.path, locations: formatted.locations };
    },
  });
}
