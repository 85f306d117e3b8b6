import 'reflect-metadata';
import { graphql, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import type { Database } from '../../../src/db/database';
import { PartnerAnalysisRepository } from '../../../src/graph/partner-analysis/partner-analysis.repository';
import { PartnerAnalysisResolver } from '../../../src/graph/partner-analysis/partner-analysis.resolver';
import { Node } from '../../../src/graph/node.interface';
import { createContext, createRepositories } from '../../../src/server/context';
import { resolvers } from '../../../src/server/schema';

/** The service's schema plus the partner analysis queries, as it will be once the resolver is registered. */
export function schemaWithPartnerAnalysis(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [...resolvers, PartnerAnalysisResolver], orphanedTypes: [Node], validate: false });
}

/** A fresh request context whose repositories include the partner analysis one. */
export function contextWithPartnerAnalysis(database: Database) {
  const repositories = createRepositories(database);
  return { ...createContext(repositories), repositories: { ...repositories, partnerAnalysis: new PartnerAnalysisRepository(database) } };
}

/** Runs one query in-process, with a new context per call (as the server does per request). */
export function executor(schema: GraphQLSchema, database: Database) {
  return async (source: string, variableValues?: Record<string, unknown>) => {
    const result = await graphql({ schema, source, variableValues, contextValue: contextWithPartnerAnalysis(database) });
    return result as { data?: any; errors?: readonly any[] };
  };
}
