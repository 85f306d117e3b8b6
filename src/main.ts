import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { connect, type Connection } from './db/connect';
import { EmbeddedNeo4jError } from './db/embedded/prerequisites';
import { applySchema } from './db/schema';
import { graphIsEmpty } from './dataset/load-dataset';
import { DatasetError } from './dataset/read-dataset';
import { seedDatabase, seedFingerprint } from './dataset/seed-dataset';
import { startApp, type RunningApp } from './server/app';
import { createLogger } from './server/logger';

// config → database → schema/seed → server → listen; and the reverse on SIGINT/SIGTERM.
async function main(): Promise<void> {
  const config = loadConfig();
  const log = (line: string) => console.log(line);
  const started = Date.now();
  let connection: Connection | undefined;
  let app: RunningApp | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: draining requests, closing Neo4j...`);
    const force = setTimeout(() => process.exit(1), 40_000);
    force.unref();
    await app?.stop().catch(() => undefined);
    await connection?.close().catch(() => undefined);
    log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const logger = createLogger(config.logLevel);
  connection = await connect(config, {
    log,
    opsLog: logger,
    // The embedded Neo4j died and every restart failed: this process cannot serve. Exit non-zero
    // so that a supervisor (systemd, Docker's restart policy, Kubernetes) starts it afresh.
    onFatal: () => {
      stopping = true;
      process.exit(1);
    },
  });
  await applySchema(connection.database);
  let fingerprint: string | undefined;
  if (config.seedOnStart && (await graphIsEmpty(connection.database))) {
    log('The graph is empty: loading the dataset from seed/ ...');
    const summary = await seedDatabase(connection.database);
    fingerprint = summary.fingerprint;
    log(`Loaded ${summary.nodes} nodes and ${summary.relationships} relationships in ${summary.ms} ms.`);
  }
  // What /ready compares the loaded data with (about 1 s to validate seed/ when it was not just loaded).
  try {
    fingerprint ??= seedFingerprint();
  } catch (error) {
    log(`seed/ could not be read, so /ready cannot compare the loaded dataset with it: ${error instanceof Error ? error.message : String(error)}`);
  }
  app = await startApp({ ...config, seedFingerprint: fingerprint }, connection.database, logger);
  log('');
  log(`Fremtidens Legeplads graph is up (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  log(`  GraphQL API   ${app.url}/graphql   (GraphiQL in a browser)`);
  log(`  Explorer      ${app.url}/explorer`);
  log(`  Health        ${app.url}/health   ready: ${app.url}/ready`);
  log(`  Database      ${connection.describe}`);
  log('Press Ctrl-C to stop.');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedNeo4jError || error instanceof DatasetError) {
    console.error(`\n${error.message}\n`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
