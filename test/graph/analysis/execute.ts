import { graphql, type GraphQLSchema } from 'graphql';
import type { Database } from '../../../src/db/database';
import { createContext, createRepositories } from '../../../src/server/context';
import { createSchema } from '../../../src/server/schema';

/** The service's schema, which registers the analysis queries. */
export function analysisSchema(): Promise<GraphQLSchema> {
  return createSchema();
}

/** Runs one operation in-process with a fresh request context (its own loaders). */
export async function execute(schema: GraphQLSchema, database: Database, source: string, variableValues?: Record<string, unknown>) {
  return (await graphql({ schema, source, variableValues, contextValue: createContext(createRepositories(database)) })) as { data?: any; errors?: readonly any[] };
}
