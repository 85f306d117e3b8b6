import type { Database } from '../db/database';
import { initiativeLoader } from '../graph/initiative/initiative.loader';
import { InitiativeRepository } from '../graph/initiative/initiative.repository';

export type Repositories = ReturnType<typeof createRepositories>;
export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  repositories: Repositories;
  loaders: Loaders;
}

export function createRepositories(database: Database) {
  return {
    initiatives: new InitiativeRepository(database),
  };
}

// Loaders are made per request: a DataLoader caches, and a cache shared between users would
// serve one request's answers to another after the data changed.
export function createLoaders(repositories: Repositories) {
  return {
    initiative: initiativeLoader(repositories.initiatives),
  };
}

export function createContext(repositories: Repositories): Context {
  return { repositories, loaders: createLoaders(repositories) };
}
