import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type http from 'node:http';
import type { Context } from './context';

// Codes we raise on purpose; their messages are written for clients and safe to show.
const CLIENT_CODES = new Set([
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function createApollo(schema: GraphQLSchema, httpServer: http.Server, production: boolean, log: (line: string) => void) {
  return new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: !production,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's default landing page loads from a CDN; we serve GraphiQL from node_modules instead.
      ApolloServerPluginLandingPageDisabled(),
      // We set no cache hints; the default cache-control plugin would still wrap every field
      // resolver to compute them (measured in bench/: a visible share of a large answer's CPU).
      ApolloServerPluginCacheControlDisabled(),
    ],
    formatError: (formatted: GraphQLFormattedError, error: unknown) => {
      const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      if (CLIENT_CODES.has(code)) return formatted;
      log(`Internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!production) return formatted;
      // In production no stack, Cypher or driver text reaches the client; the code stays.
      return { message: 'Internal server error', extensions: { code }, path: formatted.path, locations: formatted.locations };
    },
  });
}
