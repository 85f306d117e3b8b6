import { graphql, type GraphQLSchema } from 'graphql';
import type { Database } from '../../../src/db/database';
import { createContext, createRepositories } from '../../../src/server/context';
import { createSchema } from '../../../src/server/schema';

let schema: Promise<GraphQLSchema> | undefined;

/** The service's schema, which registers the path queries. */
export function pathsSchema(): Promise<GraphQLSchema> {
  schema ??= createSchema();
  return schema;
}

/** Executes one request in-process with a fresh per-request context, as the server would. */
export async function execute(database: Database, source: string, variableValues?: Record<string, unknown>) {
  const contextValue = createContext(createRepositories(database));
  return graphql({ schema: await pathsSchema(), source, variableValues, contextValue }) as Promise<{ data?: any; errors?: readonly any[] }>;
}

export const CONNECTION = `query($from: ID!, $to: ID!, $maxHops: Int, $via: [NodeKind!]) {
  connection(from: $from, to: $to, maxHops: $maxHops, via: $via) {
    length
    nodes { id __typename }
    edges { id type from to event evidence { page quote basis rationale } }
  }
}`;

export const NEIGHBORHOOD = `query($id: ID!, $depth: Int, $types: [NodeKind!], $limit: Int) {
  neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {
    truncated
    nodes { id __typename }
    edges { id type from to event evidence { page quote basis rationale } }
  }
}`;

export const ids = (items: { id: string }[]) => items.map((item) => item.id);
