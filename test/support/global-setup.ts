import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded/embedded-neo4j';
import { freePort } from '../../src/db/embedded/ports';
import { claimTestDatabase, testDatabaseTarget } from './test-database-target';

declare global {
  var __EMBEDDED_NEO4J__: EmbeddedNeo4j | undefined;
}

/**
 * One real Neo4j per `npm test` run: an embedded one on a free port with a throw-away data folder,
 * or the external one named by TEST_NEO4J_URI (never NEO4J_URI, the service's own database), which
 * is refused when it holds data no test run put there. Test files find it through TEST_NEO4J_URI.
 */
export default async function globalSetup(): Promise<void> {
  // `npm test` runs the int and e2e projects in one Jest run: the second project's set-up finds the
  // first one's Neo4j and shares it (their files run one at a time, each from an empty graph).
  if (globalThis.__EMBEDDED_NEO4J__) return;
  const target = testDatabaseTarget(process.env);
  if (target.kind === 'external') {
    const auth = target.password ? neo4j.auth.basic(target.user ?? 'neo4j', target.password) : undefined;
    const driver = neo4j.driver(target.uri, auth);
    try {
      await claimTestDatabase(async (cypher) => (await driver.executeQuery(cypher, {}, { database: target.database })).records.map((r) => r.toObject()), target.uri);
    } finally {
      await driver.close();
    }
    return;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'legeplads-test-neo4j-'));
  const embedded = await startEmbeddedNeo4j({
    boltPort: await freePort(),
    dataDir,
    heap: '1g',
    pageCache: '128m',
    startTimeoutMs: 180_000,
    log: (line) => process.stderr.write(`[neo4j] ${line}\n`),
  });
  globalThis.__EMBEDDED_NEO4J__ = embedded;
  process.env.TEST_NEO4J_URI = embedded.uri;
  process.env.TEST_NEO4J_DATA_DIR = dataDir;
  // Credentials of the service's own database must not leak into the tests' connections.
  delete process.env.TEST_NEO4J_USER;
  delete process.env.TEST_NEO4J_PASSWORD;
  delete process.env.TEST_NEO4J_DATABASE;
}
