import 'reflect-metadata';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { lexicographicSortSchema, specifiedDirectives, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { COST_DIRECTIVES } from '../graph/common/cost.directives';
import { AnalysisResolver } from '../graph/analysis/analysis.resolver';
import { CommitteeResolver } from '../graph/committee/committee.resolver';
import { ExploreResolver } from '../graph/explore/explore.resolver';
import { EvidencePositionResolver, InitiativePassagesResolver, PassageResolver } from '../graph/evidence/evidence.resolver';
import { InitiativeResolver } from '../graph/initiative/initiative.resolver';
import { InitiativeCountsResolver } from '../graph/initiative/initiative-counts.resolver';
import { ListQueriesResolver } from '../graph/node/list-queries.resolver';
import { NodeResolver } from '../graph/node/node.resolver';
import { OrganisationResolver } from '../graph/organisation/organisation.resolver';
import { Node } from '../graph/node.interface';
import { PartnerResolver } from '../graph/partner/partner.resolver';
import { PartnerAnalysisResolver } from '../graph/partner-analysis/partner-analysis.resolver';
import { PartnerRankingResolver } from '../graph/partner-analysis/partner-ranking.resolver';
import { CoverageCellResolver } from '../graph/analysis/coverage-cell.resolver';
import { PathsResolver } from '../graph/paths/paths.resolver';
import { RecommendationResolver } from '../graph/recommendation/recommendation.resolver';
import { ResultResolver } from '../graph/result/result.resolver';
import { ResultsQueryResolver } from '../graph/result/results-query.resolver';
import { ResultsChainResolver } from '../graph/results-chain/results-chain.resolver';
import { IndicatorResolver } from '../graph/indicator/indicator.resolver';
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
  InitiativeCountsResolver,
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
  PartnerRankingResolver,
  AnalysisResolver,
  CoverageCellResolver,
  PathsResolver,
  ExploreResolver,
  ResultsQueryResolver,
  ResultsChainResolver,
  IndicatorResolver,
  OrganisationResolver,
  PassageResolver,
  InitiativePassagesResolver,
  EvidencePositionResolver,
] as const;

export async function createSchema(): Promise<GraphQLSchema> {
  markPlainFieldsSimple();
  return buildSchema({ resolvers, orphanedTypes: [Node], validate: false, directives: [...specifiedDirectives, ...COST_DIRECTIVES] });
}

/**
 * TypeGraphQL wraps every property field in a resolver of its own that runs the field's middleware
 * stack and then reads `root[name]`; a field marked `simple` gets graphql-js's default resolver,
 * which reads the same property without the wrapper (one closure call and one object fewer per
 * field per object: a page of 100 initiatives with their links reads thousands of them). Only
 * fields of classes that no @UseMiddleware or @Authorized names are marked, so that adding either
 * later is never skipped silently; a field that says `simple` itself keeps its choice.
 */
function markPlainFieldsSimple(): void {
  const storage = getMetadataStorage();
  const wrapped = new Set<unknown>([...storage.middlewares, ...storage.authorizedFields, ...storage.authorizedResolver].map((m) => m.target));
  for (const field of storage.fields) {
    // graphql-js reads the property of the field's GraphQL name: a field renamed in the schema
    // (`@Field({ name: 'kind' }) bodyKind`) keeps TypeGraphQL's resolver, which reads `bodyKind`.
    if (field.simple === undefined && field.schemaName === field.name && !wrapped.has(field.target)) field.simple = true;
  }
}

/**
 * The SDL as committed in schema/schema.graphql: sorted, so that diffs show real changes only, and
 * with the applied directives (graphql-js's printSchema leaves out the cost directives).
 */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchemaWithDirectives(lexicographicSortSchema(schema))}\n`;
}
