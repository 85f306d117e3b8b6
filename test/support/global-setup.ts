import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded/embedded-neo4j';
import { freePort } from '../../src/db/embedded/ports';

declare global {
  // eslint-disable-next-line no-var
  var __EMBEDDED_NEO4J__: EmbeddedNeo4j | undefined;
}

/**
 * One real Neo4j per `npm test` run: the external one in NEO4J_URI, or an embedded one on a free
 * port with a throw-away data folder. Test files find it through TEST_NEO4J_URI.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) {
    process.env.TEST_NEO4J_URI = process.env.NEO4J_URI;
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
}
