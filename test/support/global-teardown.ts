import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  // Runs once per project of the run; the first stops the shared Neo4j, the others find nothing to do.
  const embedded = globalThis.__EMBEDDED_NEO4J__;
  globalThis.__EMBEDDED_NEO4J__ = undefined;
  await embedded?.stop();
  const dataDir = process.env.TEST_NEO4J_DATA_DIR;
  delete process.env.TEST_NEO4J_DATA_DIR;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
