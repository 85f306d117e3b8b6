import { graphql, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { Database } from '../../src/db/database';
import { createContext, createRepositories } from '../../src/server/context';
import { createSchema } from '../../src/server/schema';

let schema: GraphQLSchema | undefined;

/** Runs an operation against the real schema and database, with a fresh per-request context. */
// Answers are loosely typed on purpose: tests compare them with literal expectations.
export async function execute(
  database: Database,
  source: string,
  variableValues?: Record<string, unknown>,
): Promise<{ data?: any; errors?: readonly GraphQLError[] }> {
  schema ??= await createSchema();
  return graphql({ schema, source, variableValues, contextValue: createContext(createRepositories(database)) });
}
