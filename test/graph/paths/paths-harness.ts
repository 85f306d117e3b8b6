import { graphql, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import type { Database } from '../../../src/db/database';
import { Node } from '../../../src/graph/node.interface';
import { PathsRepository } from '../../../src/graph/paths/paths.repository';
import { PathsResolver } from '../../../src/graph/paths/paths.resolver';
import { createContext, createRepositories } from '../../../src/server/context';
import { resolvers } from '../../../src/server/schema';

let schema: Promise<GraphQLSchema> | undefined;

/** The app's schema plus PathsResolver (not yet registered in src/server/schema.ts). */
export function pathsSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({ resolvers: [...resolvers, PathsResolver], orphanedTypes: [Node], validate: false });
  return schema;
}

/** Executes one request in-process with a fresh per-request context, as the server would. */
export async function execute(database: Database, source: string, variableValues?: Record<string, unknown>) {
  const repos = createRepositories(database);
  const contextValue = { ...createContext(repos), repositories: { ...repos, paths: new PathsRepository(database) } };
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
