import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config';
import { projectRoot } from '../src/paths';

describe('loadConfig', () => {
  it('when nothing is set, then it runs the embedded Neo4j with documented defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.database).toEqual({
      kind: 'embedded',
      boltPort: 7687,
      dataDir: path.join(projectRoot, '.data/neo4j'),
      heap: '1g',
      pageCache: '256m',
      startTimeoutMs: 120_000,
      restartAttempts: 5,
      localAuth: false,
    });
    expect(config.seedOnStart).toBe(true);
    expect(config.admission).toEqual({ maxInFlight: 8, maxQueued: 16, maxQueueWaitMs: 2_000 });
  });

  it('when the restart, local-auth and admission settings are given, then they apply, and bad ones are named', () => {
    const config = loadConfig({ NEO4J_RESTART_ATTEMPTS: '0', NEO4J_LOCAL_AUTH: 'true', MAX_REQUESTS_IN_FLIGHT: '4', MAX_REQUESTS_QUEUED: '0' });
    expect(config.database).toMatchObject({ kind: 'embedded', restartAttempts: 0, localAuth: true });
    expect(config.admission).toEqual({ maxInFlight: 4, maxQueued: 0, maxQueueWaitMs: 2_000 });
    expect(() => loadConfig({ MAX_REQUESTS_IN_FLIGHT: '0', NEO4J_LOCAL_AUTH: 'maybe' })).toThrow(/MAX_REQUESTS_IN_FLIGHT[\s\S]*NEO4J_LOCAL_AUTH|NEO4J_LOCAL_AUTH[\s\S]*MAX_REQUESTS_IN_FLIGHT/);
  });

  it('when NEO4J_URI is set, then it connects to that server with the given credentials', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'graph' });
    expect(config.database).toEqual({ kind: 'external', uri: 'neo4j+s://abc.databases.neo4j.io', user: 'u', password: 'p', database: 'graph' });
  });

  it('when values are malformed, then it names every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_BOLT_PORT: '70000', NEO4J_HEAP: 'lots' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT must be an integer/);
    expect(problems).toMatch(/NEO4J_BOLT_PORT must be an integer from 0 to 65535/);
    expect(problems).toMatch(/NEO4J_HEAP must look like 512m/);
  });

  it('when NEO4J_URI has an unknown scheme, then it is refused', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI must be a bolt:\/\//);
  });

  it('when nothing is set, then the hardening settings have their documented defaults', () => {
    const config = loadConfig({});
    expect(config.limits).toEqual({ maxDepth: 12, maxCost: 25_000, maxAliases: 50, maxOperations: 10 });
    expect(config).toMatchObject({ requestTimeoutMs: 15_000, queryTimeoutMs: 5_000, maxBodyBytes: 100_000, corsOrigins: [], introspection: true, logLevel: 'info' });
  });

  it('when RESPONSE_CACHE_BYTES is not set, then the response cache is off (0); a size turns it on, a negative one is named', () => {
    expect(loadConfig({}).responseCacheBytes).toBe(0);
    expect(loadConfig({ RESPONSE_CACHE_BYTES: '67108864' }).responseCacheBytes).toBe(67_108_864);
    expect(() => loadConfig({ RESPONSE_CACHE_BYTES: '-1' })).toThrow(/RESPONSE_CACHE_BYTES must be an integer/);
  });

  it('when NODE_ENV is production, then introspection is off unless INTROSPECTION turns it on', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  it('when limits, CORS origins and the log level are set, then they are read and checked', () => {
    const config = loadConfig({
      QUERY_MAX_DEPTH: '8',
      QUERY_MAX_COST: '1000',
      QUERY_MAX_ALIASES: '0',
      QUERY_MAX_OPERATIONS: '1',
      REQUEST_TIMEOUT_MS: '2000',
      CORS_ORIGINS: 'https://a.example.org, http://localhost:5173',
      LOG_LEVEL: 'warn',
    });
    expect(config.limits).toEqual({ maxDepth: 8, maxCost: 1000, maxAliases: 0, maxOperations: 1 });
    expect(config).toMatchObject({ requestTimeoutMs: 2000, corsOrigins: ['https://a.example.org', 'http://localhost:5173'], logLevel: 'warn' });
    let error: unknown;
    try {
      loadConfig({ QUERY_MAX_DEPTH: '1', CORS_ORIGINS: '*', LOG_LEVEL: 'loud', REQUEST_TIMEOUT_MS: 'soon' });
    } catch (caught) {
      error = caught;
    }
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/QUERY_MAX_DEPTH must be an integer from 2/);
    expect(problems).toMatch(/REQUEST_TIMEOUT_MS must be an integer/);
    expect(problems).toMatch(/CORS_ORIGINS must list origins like https:\/\/example.org, got "\*"/);
    expect(problems).toMatch(/LOG_LEVEL must be one of/);
  });
});
