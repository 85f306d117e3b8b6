import { graphql, type GraphQLSchema } from 'graphql';
import type { Database } from '../../../src/db/database';
import { createContext, createRepositories } from '../../../src/server/context';
import { createSchema } from '../../../src/server/schema';

/** The service's schema, which registers the partner analysis queries. */
export function schemaWithPartnerAnalysis(): Promise<GraphQLSchema> {
  return createSchema();
}

/** Runs one query in-process, with a new context per call (as the server does per request). */
export function executor(schema: GraphQLSchema, database: Database) {
  return async (source: string, variableValues?: Record<string, unknown>) => {
    const result = await graphql({ schema, source, variableValues, contextValue: createContext(createRepositories(database)) });
    return result as { data?: any; errors?: readonly any[] };
  };
}
