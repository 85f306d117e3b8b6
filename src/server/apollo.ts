import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
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
