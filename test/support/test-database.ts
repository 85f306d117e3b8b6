import { Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { loadGraph } from '../../src/dataset/load-dataset';
import { toGraph } from '../../src/dataset/to-graph';
import { miniDataset } from '../fixtures/mini-dataset';
import type { Dataset } from '../../src/dataset/dataset.types';

/** A Database on the run's Neo4j with the schema applied and the graph emptied: a clean state per file. */
export async function cleanTestDatabase(): Promise<Database> {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: a test that needs Neo4j is named *.int.test.ts (or test/e2e/*.e2e.test.ts), whose jest project starts it');
  const database = new Database({
    uri,
    user: process.env.TEST_NEO4J_USER,
    password: process.env.TEST_NEO4J_PASSWORD,
    database: process.env.TEST_NEO4J_DATABASE,
    queryTimeoutMs: 30_000,
  });
  await applySchema(database);
  await database.write((tx) => tx.runText('MATCH (n) DETACH DELETE n'));
  return database;
}

/** A clean database holding the hand-made mini fixture (test/fixtures/mini-dataset.ts), or another hand-made one. */
export async function miniTestDatabase(dataset: Dataset = miniDataset): Promise<Database> {
  const database = await cleanTestDatabase();
  await loadGraph(database, toGraph(dataset));
  return database;
}
