import type { Database } from '../../src/db/database';
import { loadGraph } from '../../src/dataset/load-dataset';
import { toGraph } from '../../src/dataset/to-graph';
import { miniResultsDataset } from '../fixtures/mini-results-dataset';
import { execute } from './execute';
import { cleanTestDatabase } from './test-database';

/** Like useMiniGraph, with the results fixture (test/fixtures/mini-results-dataset.ts) loaded. */
export function useMiniResultsGraph() {
  let database: Database | undefined;
  beforeAll(async () => {
    database = await cleanTestDatabase();
    await loadGraph(database, toGraph(miniResultsDataset));
  });
  afterAll(async () => {
    await database?.close();
  });
  const current = (): Database => {
    if (!database) throw new Error('useMiniResultsGraph: the database is opened in beforeAll');
    return database;
  };
  return {
    database: current,
    run: (source: string, variables?: Record<string, unknown>) => execute(current(), source, variables),
  };
}
