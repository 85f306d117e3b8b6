import type { Database } from '../../src/db/database';
import { startApp } from '../../src/server/app';

/** The real HTTP server on a free loopback port, against the given database. */
export function startTestApp(database: Database, production = false) {
  return startApp({ port: 0, host: '127.0.0.1', production, maxBodyBytes: 100_000 }, database, () => undefined);
}
