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
    });
    expect(config.seedOnStart).toBe(true);
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
});
