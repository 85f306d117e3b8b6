import type { Database } from '../../src/db/database';
import { startApp, type AppConfig, type RunningApp } from '../../src/server/app';
import { silentLogger, type Logger } from '../../src/server/logger';
import { miniTestDatabase } from './test-database';

/** The real HTTP server on a free loopback port, against the given database. */
export function startTestApp(database: Database, production = false, overrides: Partial<AppConfig> = {}, logger: Logger = silentLogger()) {
  return startApp({ port: 0, host: '127.0.0.1', production, maxBodyBytes: 100_000, ...overrides }, database, logger);
}

/**
 * For one test file: a clean database holding the mini fixture and the real HTTP server on it,
 * started before the file's tests and stopped after them. Read `database` and `app` inside tests.
 */
export function useMiniApp(overrides: Partial<AppConfig> = {}) {
  const env = {} as { database: Database; app: RunningApp };
  beforeAll(async () => {
    env.database = await miniTestDatabase();
    env.app = await startTestApp(env.database, false, overrides);
  });
  afterAll(async () => {
    await env.app?.stop();
    await env.database?.close();
  });
  return env;
}
