import type { Config } from '../config';
import { Database } from './database';
import { startEmbeddedNeo4j } from './embedded/embedded-neo4j';

export interface Connection {
  database: Database;
  /** Where the graph is, for the start-up banner. */
  describe: string;
  close(): Promise<void>;
}

/** NEO4J_URI given: connect to it. Otherwise: start the embedded Neo4j and connect to that. */
export async function connect(config: Config, log: (line: string) => void = console.log): Promise<Connection> {
  const db = config.database;
  if (db.kind === 'external') {
    const database = new Database({ ...db, queryTimeoutMs: config.queryTimeoutMs });
    await database.ping();
    return { database, describe: `external Neo4j at ${db.uri}`, close: () => database.close() };
  }
  log(`Starting embedded Neo4j on 127.0.0.1:${db.boltPort} (data in ${db.dataDir})...`);
  const started = Date.now();
  const embedded = await startEmbeddedNeo4j({ ...db, log });
  log(`Neo4j ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${embedded.uri}`);
  const database = new Database({ uri: embedded.uri, queryTimeoutMs: config.queryTimeoutMs });
  try {
    await database.ping();
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return {
    database,
    describe: `embedded Neo4j at ${embedded.uri} (pid ${embedded.pid})`,
    close: async () => {
      await database.close();
      await embedded.stop();
    },
  };
}
