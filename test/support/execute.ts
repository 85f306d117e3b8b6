import { graphql, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { Database } from '../../src/db/database';
import { createContext, createRepositories } from '../../src/graph/context';
import { createSchema } from '../../src/server/schema';
import { miniTestDatabase } from './test-database';
import type { Dataset } from '../../src/dataset/dataset.types';

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

/**
 * For the describe block it is called in: the mini fixture (or the given one) loaded into the test Neo4j before the
 * block, closed after it, and `run` to query it in process. `database()` is for listening to queries.
 */
export function useMiniGraph(dataset?: Dataset) {
  let database: Database | undefined;
  beforeAll(async () => {
    database = await miniTestDatabase(dataset);
  });
  afterAll(async () => {
    await database?.close();
  });
  const current = (): Database => {
    if (!database) throw new Error('useMiniGraph: the database is opened in beforeAll');
    return database;
  };
  return {
    database: current,
    run: (source: string, variables?: Record<string, unknown>) => execute(current(), source, variables),
  };
}
