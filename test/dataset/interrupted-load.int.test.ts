import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Database } from '../../src/db/database';
import { projectRoot } from '../../src/paths';
import { dumpGraph } from '../support/graph-dump';
import { miniTestDatabase } from '../support/test-database';
import { waitUntil } from '../support/wait-until';


async function transactions(database: Database) {
  const rows = await database.write((tx) => tx.runText('SHOW TRANSACTIONS YIELD transactionId, currentQuery, status RETURN transactionId, currentQuery, status'));
  return rows.filter((row) => !String(row.currentQuery).includes('SHOW TRANSACTIONS')) as { transactionId: string; currentQuery: string; status: string }[];
}

describe('a dataset load killed midway (npm run seed in a child process, SIGKILL)', () => {
  let database: Database;

  beforeAll(async () => {
    database = await miniTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('when the loader dies inside its transaction, then the previous graph is intact', async () => {
    const before = await dumpGraph(database);
    // Hold the lock on the :Dataset record, which the loader writes last: the loader then provably
    // sits inside its transaction, every node and relationship of the full dataset already written.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let lockTaken!: () => void;
    const locked = new Promise<void>((resolve) => (lockTaken = resolve));
    const holder = database
      .write(async (tx) => {
        await tx.runText("MATCH (d:Dataset {id: 'current'}) SET d.heldByTest = true");
        lockTaken();
        await released;
        throw new Error('rolled back on purpose');
      })
      .catch((error: unknown) => error);
    await locked;

    const child = spawn(process.execPath, [path.join(projectRoot, 'dist/src/cli/seed.js')], {
      env: { ...process.env, NEO4J_URI: process.env.TEST_NEO4J_URI },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));

    let blocked: { transactionId: string; currentQuery: string; status: string } | undefined;
    await waitUntil(
      'the seed waits on the held lock, or exits',
      async () => {
        blocked = (await transactions(database)).find((t) => t.currentQuery.includes('MERGE (d:Dataset') && /^Blocked/i.test(t.status));
        return Boolean(blocked) || child.exitCode !== null;
      },
      { timeoutMs: 60_000, everyMs: 100 },
    );
    expect({ blocked: Boolean(blocked), output }).toEqual({ blocked: true, output: '' });

    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    release();
    expect(await holder).toEqual(new Error('rolled back on purpose'));
    // The server rolls the orphaned transaction back once it sees the connection gone.
    await waitUntil('the orphaned transaction is rolled back', async () => (await transactions(database)).length === 0, { timeoutMs: 60_000, everyMs: 100 });
    expect(await transactions(database)).toEqual([]);

    expect(await dumpGraph(database)).toEqual(before);
  }, 90_000);
});
