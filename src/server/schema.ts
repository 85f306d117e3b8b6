import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { InitiativeResolver } from '../graph/initiative/initiative.resolver';
import { Node } from '../graph/node.interface';

export const resolvers = [InitiativeResolver] as const;

export async function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, orphanedTypes: [Node], validate: false });
}

/** The SDL as committed in schema/schema.graphql: sorted, so that diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
