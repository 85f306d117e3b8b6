import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AnalysisResolver } from '../graph/analysis/analysis.resolver';
import { CommitteeResolver } from '../graph/committee/committee.resolver';
import { ExploreResolver } from '../graph/explore/explore.resolver';
import { EvidencePositionResolver, InitiativePassagesResolver, PassageResolver } from '../graph/evidence/evidence.resolver';
import { InitiativeResolver } from '../graph/initiative/initiative.resolver';
import { ListQueriesResolver } from '../graph/node/list-queries.resolver';
import { NodeResolver } from '../graph/node/node.resolver';
import { Node } from '../graph/node.interface';
import { PartnerResolver } from '../graph/partner/partner.resolver';
import { PartnerAnalysisResolver } from '../graph/partner-analysis/partner-analysis.resolver';
import { PathsResolver } from '../graph/paths/paths.resolver';
import { RecommendationResolver } from '../graph/recommendation/recommendation.resolver';
import { ResultResolver } from '../graph/result/result.resolver';
import { SearchResolver } from '../graph/search/search.resolver';
import { StrategyResolver } from '../graph/strategy/strategy.resolver';
import { ThemeResolver } from '../graph/theme/theme.resolver';
import { TownResolver } from '../graph/town/town.resolver';
import { UnitResolver } from '../graph/unit/unit.resolver';
import { YearResolver } from '../graph/year/year.resolver';

export const resolvers = [
  NodeResolver,
  ListQueriesResolver,
  InitiativeResolver,
  StrategyResolver,
  ThemeResolver,
  RecommendationResolver,
  TownResolver,
  PartnerResolver,
  UnitResolver,
  CommitteeResolver,
  YearResolver,
  ResultResolver,
  SearchResolver,
  PartnerAnalysisResolver,
  AnalysisResolver,
  PathsResolver,
  ExploreResolver,
  PassageResolver,
  InitiativePassagesResolver,
  EvidencePositionResolver,
] as const;

export async function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, orphanedTypes: [Node], validate: false });
}

/** The SDL as committed in schema/schema.graphql: sorted, so that diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
