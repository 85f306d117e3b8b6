import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  await globalThis.__EMBEDDED_NEO4J__?.stop();
  const dataDir = process.env.TEST_NEO4J_DATA_DIR;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
