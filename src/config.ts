import path from 'node:path';
import { projectRoot } from './paths';

/** Where the graph lives: an external server, or the embedded Neo4j this project starts itself. */
export type DatabaseConfig =
  | { kind: 'external'; uri: string; user: string; password: string; database?: string }
  | {
      kind: 'embedded';
      boltPort: number;
      dataDir: string;
      heap: string;
      pageCache: string;
      startTimeoutMs: number;
      /** Restarts of a JVM that died, in a row, before the service exits non-zero (0: exit at once). */
      restartAttempts: number;
      /** Auth on, with a password generated once and kept in the data folder (0600). */
      localAuth: boolean;
    };

export interface Config {
  port: number;
  host: string;
  production: boolean;
  database: DatabaseConfig;
  /** Load seed/ at start when the database holds no initiatives. */
  seedOnStart: boolean;
  queryTimeoutMs: number;
  maxBodyBytes: number;
  /** Bytes of whole answers kept per dataset fingerprint (src/server/response-cache.ts); 0: off. */
  responseCacheBytes: number;
  /** Refusals before execution: see docs/SECURITY.md. */
  limits: QueryLimits;
  /** Whole HTTP request, on top of the per-transaction QUERY_TIMEOUT_MS. */
  requestTimeoutMs: number;
  /** Browser origins allowed to call the API cross-origin; empty means no CORS headers at all. */
  corsOrigins: string[];
  introspection: boolean;
  logLevel: LogLevel;
  /** Admission control of /graphql: see docs/SECURITY.md. */
  admission: AdmissionLimits;
  /** Bulk exports (/export/*, npm run export): see README "Exports". */
  exports: ExportLimits;
}

export interface AdmissionLimits {
  /** GraphQL requests executed at once. */
  maxInFlight: number;
  /** Further requests waiting for a slot; the next ones are answered 503 OVERLOADED at once. */
  maxQueued: number;
  /** Longest wait in the queue; then 503 OVERLOADED too. */
  maxQueueWaitMs: number;
}

export interface ExportLimits {
  /** Most nodes plus links one export may hold (413 EXPORT_TOO_LARGE above). */
  maxElements: number;
  /** Timeout of an export's read transaction (a whole large graph takes longer than any API read). */
  timeoutMs: number;
}

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxOperations: number;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Defaults that admit every query of the README cookbook and the explorer's (test/server/limits). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
export const DEFAULT_ADMISSION: AdmissionLimits = { maxInFlight: 8, maxQueued: 16, maxQueueWaitMs: 2_000 };
export const DEFAULT_EXPORT_LIMITS: ExportLimits = { maxElements: 2_000_000, timeoutMs: 300_000 };
export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 12, maxCost: 25_000, maxAliases: 50, maxOperations: 10 };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Reads and validates the environment once; the only module that looks at process.env. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };
  const memory = (name: string, fallback: string): string => {
    const raw = env[name] ?? fallback;
    if (!/^\d+[kmg]$/i.test(raw)) problems.push(`${name} must look like 512m or 1g, got "${raw}"`);
    return raw;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (/^(1|true|yes)$/i.test(raw)) return true;
    if (/^(0|false|no)$/i.test(raw)) return false;
    problems.push(`${name} must be true or false, got "${raw}"`);
    return fallback;
  };

  const port = int('PORT', 4000, 0, 65535);
  const uri = env.NEO4J_URI?.trim();
  let database: DatabaseConfig;
  if (uri) {
    if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/.test(uri)) {
      problems.push(`NEO4J_URI must be a bolt://, neo4j://, bolt+s://, neo4j+s:// (or +ssc) URI, got "${uri}"`);
    }
    database = {
      kind: 'external',
      uri,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
    };
  } else {
    database = {
      kind: 'embedded',
      boltPort: int('NEO4J_BOLT_PORT', 7687, 0, 65535),
      dataDir: path.resolve(projectRoot, env.NEO4J_DATA_DIR ?? '.data/neo4j'),
      heap: memory('NEO4J_HEAP', '1g'),
      pageCache: memory('NEO4J_PAGECACHE', '256m'),
      startTimeoutMs: int('NEO4J_START_TIMEOUT_MS', 120_000, 1_000, 900_000),
      restartAttempts: int('NEO4J_RESTART_ATTEMPTS', 5, 0, 100),
      localAuth: bool('NEO4J_LOCAL_AUTH', false),
    };
  }
  const production = env.NODE_ENV === 'production';
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin.length > 0);
  for (const origin of corsOrigins) {
    // An exact origin only: a wildcard would let every site read the API with the visitor's network position.
    if (!/^https?:\/\/[^\s/]+$/.test(origin)) problems.push(`CORS_ORIGINS must list origins like https://example.org, got "${origin}"`);
  }
  const logLevel = (env.LOG_LEVEL || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  const config: Config = {
    port,
    host: env.HOST ?? '127.0.0.1',
    production,
    database,
    seedOnStart: bool('SEED_ON_START', true),
    queryTimeoutMs: int('QUERY_TIMEOUT_MS', 5_000, 100, 600_000),
    maxBodyBytes: int('MAX_BODY_BYTES', 100_000, 1_000, 10_000_000),
    responseCacheBytes: int('RESPONSE_CACHE_BYTES', 0, 0, 16_000_000_000),
    limits: {
      maxDepth: int('QUERY_MAX_DEPTH', DEFAULT_LIMITS.maxDepth, 2, 100),
      maxCost: int('QUERY_MAX_COST', DEFAULT_LIMITS.maxCost, 10, 100_000_000),
      maxAliases: int('QUERY_MAX_ALIASES', DEFAULT_LIMITS.maxAliases, 0, 10_000),
      maxOperations: int('QUERY_MAX_OPERATIONS', DEFAULT_LIMITS.maxOperations, 1, 1_000),
    },
    requestTimeoutMs: int('REQUEST_TIMEOUT_MS', DEFAULT_REQUEST_TIMEOUT_MS, 100, 600_000),
    corsOrigins,
    introspection: bool('INTROSPECTION', !production),
    logLevel,
    admission: {
      maxInFlight: int('MAX_REQUESTS_IN_FLIGHT', DEFAULT_ADMISSION.maxInFlight, 1, 10_000),
      maxQueued: int('MAX_REQUESTS_QUEUED', DEFAULT_ADMISSION.maxQueued, 0, 100_000),
      maxQueueWaitMs: int('MAX_QUEUE_WAIT_MS', DEFAULT_ADMISSION.maxQueueWaitMs, 1, 600_000),
    },
    exports: {
      maxElements: int('EXPORT_MAX_ELEMENTS', DEFAULT_EXPORT_LIMITS.maxElements, 1, 1_000_000_000),
      timeoutMs: int('EXPORT_TIMEOUT_MS', DEFAULT_EXPORT_LIMITS.timeoutMs, 1_000, 3_600_000),
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
