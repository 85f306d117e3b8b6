import type { Database } from '../../src/db/database';
import { startApp, type AppConfig } from '../../src/server/app';
import { silentLogger, type Logger } from '../../src/server/logger';

/** The real HTTP server on a free loopback port, against the given database. */
export function startTestApp(database: Database, production = false, overrides: Partial<AppConfig> = {}, logger: Logger = silentLogger()) {
  return startApp({ port: 0, host: '127.0.0.1', production, maxBodyBytes: 100_000, ...overrides }, database, logger);
}
