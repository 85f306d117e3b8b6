import type { Database } from '../db/database';
import { linkLoaders, nodeLoader } from './link/link.loader';
import { LinkRepository } from './link/link.repository';
import { AnalysisRepository } from './analysis/analysis.repository';
import { ExploreRepository } from './explore/explore.repository';
import { InitiativeRepository } from './initiative/initiative.repository';
import { NodeRepository } from './node/node.repository';
import { OrganisationRepository } from './organisation/organisation.repository';
import { PartnerAnalysisRepository } from './partner-analysis/partner-analysis.repository';
import { PathsRepository } from './paths/paths.repository';
import { ResultsChainRepository } from './results-chain/results-chain.repository';
import { ResultRepository } from './result/result.repository';
import { SearchRepository } from './search/search.repository';
import { EvidenceRepository } from './evidence/evidence.repository';
import { evidenceLoaders } from './evidence/evidence.loader';
import { coverageCellsLoader } from './analysis/coverage.loader';

export type Repositories = ReturnType<typeof createRepositories>;
export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  repositories: Repositories;
  loaders: Loaders;
  /** Echoed in the x-request-id header and in error extensions; every log line of the request has it. */
  requestId: string;
}

export function createRepositories(database: Database) {
  return {
    links: new LinkRepository(database),
    nodes: new NodeRepository(database),
    initiatives: new InitiativeRepository(database),
    search: new SearchRepository(database),
    partnerAnalysis: new PartnerAnalysisRepository(database),
    analysis: new AnalysisRepository(database),
    paths: new PathsRepository(database),
    explore: new ExploreRepository(database),
    evidence: new EvidenceRepository(database),
    resultsChain: new ResultsChainRepository(database),
    results: new ResultRepository(database),
    organisations: new OrganisationRepository(database),
  };
}

// Loaders are made per request: a DataLoader caches, and a cache shared between users would
// serve one request's answers to another after the data changed.
export function createLoaders(repositories: Repositories) {
  return {
    node: nodeLoader(repositories.links),
    links: linkLoaders(repositories.links),
    evidence: evidenceLoaders(repositories.evidence),
    coverageCells: coverageCellsLoader(repositories.analysis),
  };
}

export function createContext(repositories: Repositories, requestId = 'local'): Context {
  return { repositories, loaders: createLoaders(repositories), requestId };
}
