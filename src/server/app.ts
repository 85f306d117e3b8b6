import type { AddressInfo } from 'node:net';
import { DEFAULT_ADMISSION, DEFAULT_EXPORT_LIMITS, DEFAULT_LIMITS, DEFAULT_REQUEST_TIMEOUT_MS, type Config } from '../config';
import type { Database } from '../db/database';
import { Admission } from './admission';
import { createApollo } from './apollo';
import { createContext, createRepositories } from '../graph/context';
import { createHttpServer } from './http-server';
import { createLogger, type Logger } from './logger';
import { databaseResponseCache } from './response-cache';
import { createSchema } from './schema';

export interface RunningApp {
  url: string;
  port: number;
  /** How many requests run and wait now: for operators' probes and for tests that wait on saturation. */
  admission: Pick<Admission, 'inFlight' | 'queued'>;
  stop(): Promise<void>;
}

/** What the server needs of the configuration; the hardening settings fall back to the documented defaults. */
export type AppConfig = Pick<Config, 'port' | 'host' | 'production' | 'maxBodyBytes'> &
  Partial<Pick<Config, 'limits' | 'requestTimeoutMs' | 'corsOrigins' | 'introspection' | 'admission' | 'exports' | 'responseCacheBytes'>> & {
    /** seed/'s dataset fingerprint; /ready reports whether the loaded data matches it. */
    seedFingerprint?: string;
    /** How long the response cache trusts a read of the dataset fingerprint (default 1 s). */
    responseCacheFingerprintMs?: number;
  };

/** A reload is seen by the response cache within this time (one small read per second at most). */
export const DEFAULT_FINGERPRINT_MAX_AGE_MS = 1_000;

/** Builds the schema, starts Apollo and the HTTP server; `stop` drains in-flight requests. */
export async function startApp(config: AppConfig, database: Database, logger: Logger = createLogger('info')): Promise<RunningApp> {
  const schema = await createSchema();
  const repositories = createRepositories(database);
  let apolloRef: ReturnType<typeof createApollo> | undefined;
  const admission = new Admission(config.admission ?? DEFAULT_ADMISSION);
  const httpServer = createHttpServer({
    get apollo() {
      if (!apolloRef) throw new Error('Apollo Server is not started');
      return apolloRef;
    },
    database,
    context: async (requestId) => createContext(repositories, requestId),
    maxBodyBytes: config.maxBodyBytes,
    requestTimeoutMs: config.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    corsOrigins: config.corsOrigins ?? [],
    exports: config.exports ?? DEFAULT_EXPORT_LIMITS,
    logger,
    admission,
    seedFingerprint: config.seedFingerprint,
    responseCache: config.responseCacheBytes
      ? databaseResponseCache(database, {
          maxBytes: config.responseCacheBytes,
          fingerprintMaxAgeMs: config.responseCacheFingerprintMs ?? DEFAULT_FINGERPRINT_MAX_AGE_MS,
        })
      : undefined,
  });
  const apollo = createApollo(schema, httpServer, {
    production: config.production,
    introspection: config.introspection ?? !config.production,
    limits: config.limits ?? DEFAULT_LIMITS,
    logger,
  });
  apolloRef = apollo;
  await apollo.start();
  // Neo4j plans a query the first time it sees it, which on a busy machine can take longer than
  // /ready's 1 s: plan the readiness read once now, so that the first probe measures the database.
  await database.readWithin('health/ready', 5_000).catch(() => undefined);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    port,
    admission,
    stop: () => apollo.stop(),
  };
}
