import 'reflect-metadata';
import { countQueries } from './query-counter';
import { Database } from '../../src/db/database';
import { startApp } from '../../src/server/app';
import { silentLogger } from '../../src/server/logger';
import { boltUri, serveHarness } from './child-protocol';

// Contender 1: this service exactly as `npm start` serves it (the built app, production mode),
// pointed at the harness's Neo4j. Only the driver-level query counter is added.
async function main(): Promise<void> {
  const queries = countQueries();
  const database = new Database({ uri: boltUri(), queryTimeoutMs: 30_000 });
  await database.ping();
  // Default limits, request timeout and error masking, as in production; the harness reads errors
  // from the answers, and log lines would mix with the child protocol on stdout.
  // `npm run bench -- --response-cache <bytes>` turns the response cache on (off by default, as in production).
  const responseCacheBytes = Number(process.env.BENCH_RESPONSE_CACHE_BYTES ?? 0);
  const app = await startApp({ port: 0, host: '127.0.0.1', production: true, maxBodyBytes: 100_000, responseCacheBytes }, database, silentLogger());
  serveHarness(app.port, queries, async () => {
    await app.stop();
    await database.close();
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
