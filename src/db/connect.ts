import type { Config } from '../config';
import { Database } from './database';
import { startEmbeddedNeo4j } from './embedded/embedded-neo4j';
import { embeddedPassword } from './embedded/embedded-password';
import { SupervisedNeo4j } from './embedded/supervised-neo4j';
import { consoleOpsLog, type OpsLog } from './ops-log';

export interface Connection {
  database: Database;
  /** Where the graph is, for the start-up banner. */
  describe: string;
  /** The embedded JVM's current pid (it changes on a restart); undefined for an external server. */
  readonly pid?: number;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Start-up progress lines for a person at the terminal. */
  log?: (line: string) => void;
  /** Operator news as structured log lines: a dead JVM (error), its restarts. */
  opsLog?: OpsLog;
  /** The embedded Neo4j died and could not be restarted: the process should end non-zero. */
  onFatal?: (error: unknown) => void;
}

/**
 * NEO4J_URI given: connect to it (nothing of it is ours to restart; /health reports what the
 * circuit breaker sees). Otherwise: start the embedded Neo4j, keep it running (restarted with
 * backoff when its JVM dies), and connect to that.
 */
export async function connect(config: Config, options: ConnectOptions = {}): Promise<Connection> {
  const log = options.log ?? console.log;
  const opsLog = options.opsLog ?? consoleOpsLog();
  const db = config.database;
  if (db.kind === 'external') {
    const database = new Database({ ...db, queryTimeoutMs: config.queryTimeoutMs, opsLog });
    await database.ping();
    return { database, describe: `external Neo4j at ${db.uri}`, close: () => database.close() };
  }
  const auth = db.localAuth ? embeddedPassword(db.dataDir) : undefined;
  log(`Starting embedded Neo4j on 127.0.0.1:${db.boltPort} (data in ${db.dataDir}${auth ? `, auth on, password in ${auth.file}` : ''})...`);
  const started = Date.now();
  let database: Database | undefined;
  const supervised = await SupervisedNeo4j.start({
    start: () => startEmbeddedNeo4j({ ...db, password: auth?.password, log }),
    attempts: db.restartAttempts,
    events: {
      died: (pid, code, signal) => {
        database?.serverGone(`the embedded Neo4j (pid ${pid}) exited unexpectedly`);
        opsLog.error({ event: 'neo4j-died', pid, code, signal }, `The embedded Neo4j (pid ${pid}) exited unexpectedly (code ${code}, signal ${signal}); queries fail with SERVICE_UNAVAILABLE until it is restarted`);
      },
      restarting: (attempt, of, delayMs) => opsLog.warn({ event: 'neo4j-restarting', attempt, of, delayMs }, `Restarting the embedded Neo4j in ${delayMs} ms (attempt ${attempt} of ${of})`),
      restarted: (neo4j, attempt, downMs) => {
        database?.serverBack();
        opsLog.warn({ event: 'neo4j-restarted', pid: neo4j.pid, attempt, downMs }, `The embedded Neo4j is running again (pid ${neo4j.pid}, ${downMs} ms after it died)`);
      },
      restartFailed: (attempt, error) => opsLog.error({ event: 'neo4j-restart-failed', attempt, err: error }, `Restart attempt ${attempt} of the embedded Neo4j failed`),
      gaveUp: (error) => {
        opsLog.error({ event: 'neo4j-gave-up', attempts: db.restartAttempts, err: error }, `The embedded Neo4j could not be restarted (${db.restartAttempts} attempts); the service cannot serve and exits`);
        options.onFatal?.(error);
      },
    },
  });
  const embedded = supervised.neo4j;
  log(`Neo4j ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${embedded.uri}`);
  database = new Database({ uri: embedded.uri, user: 'neo4j', password: auth?.password, queryTimeoutMs: config.queryTimeoutMs, opsLog });
  try {
    await database.ping();
  } catch (error) {
    await supervised.stop();
    throw error;
  }
  const connected = database;
  return {
    database: connected,
    describe: `embedded Neo4j at ${embedded.uri} (pid ${embedded.pid})`,
    get pid() {
      return supervised.neo4j.pid;
    },
    close: async () => {
      await connected.close();
      await supervised.stop();
    },
  };
}
