import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../../src/config';
import { connect, type Connection } from '../../../src/db/connect';
import { freePort } from '../../../src/db/embedded/ports';
import { PASSWORD_FILE } from '../../../src/db/embedded/embedded-password';
import type { RunningApp } from '../../../src/server/app';
import { startTestApp } from '../../support/test-app';

/** An embedded Neo4j of this test's own, started the way the service starts it, with NEO4J_LOCAL_AUTH on. */
describe('when NEO4J_LOCAL_AUTH is on', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'legeplads-auth-'));
  let connection: Connection;
  let app: RunningApp;
  let uri: string;
  beforeAll(async () => {
    const boltPort = await freePort();
    uri = `bolt://127.0.0.1:${boltPort}`;
    const config = loadConfig({ NEO4J_LOCAL_AUTH: 'true', NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(boltPort), NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '32m' });
    connection = await connect(config, { log: () => undefined });
    app = await startTestApp(connection.database);
  }, 240_000);
  afterAll(async () => {
    await app?.stop();
    await connection?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const tryBolt = async (auth?: ReturnType<typeof neo4j.auth.basic>) => {
    const driver = neo4j.driver(uri, auth);
    try {
      await driver.executeQuery('CREATE (:Intruder) RETURN 1');
      return 'written';
    } catch (error) {
      return (error as { code?: string }).code;
    } finally {
      await driver.close();
    }
  };

  it('then another local process without the password (or with a guessed one) is refused on Bolt', async () => {
    expect(await tryBolt()).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await tryBolt(neo4j.auth.basic('neo4j', 'neo4j'))).toBe('Neo.ClientError.Security.Unauthorized');
  });

  it('then the password is kept in the data folder, readable by its owner only', () => {
    expect(statSync(path.join(dataDir, PASSWORD_FILE)).mode & 0o777).toBe(0o600);
  });

  it('then the service, which reads the password from there, serves queries', async () => {
    const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ themes { id } }' }) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { themes: [] } });
  });
});
