import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, rmSync, writeSync, closeSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j } from '../../../src/db/embedded/embedded-neo4j';
import { freePort } from '../../../src/db/embedded/ports';
import { projectRoot } from '../../../src/paths';
import { alive } from '../../support/process-alive';

const options = (dataDir: string, boltPort: number) => ({
  boltPort,
  dataDir,
  heap: '512m',
  pageCache: '32m',
  startTimeoutMs: 120_000,
  log: () => undefined,
});

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return check();
}

describe('startEmbeddedNeo4j', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'legeplads-launcher-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('when the Bolt port is taken, then it refuses with a message naming the port and the setting', async () => {
    const port = await freePort();
    const blocker = net.createServer().listen(port, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    try {
      await expect(startEmbeddedNeo4j(options(dataDir, port))).rejects.toThrow(
        new RegExp(`Port ${port} on 127.0.0.1 is already in use.*NEO4J_BOLT_PORT`),
      );
    } finally {
      blocker.close();
    }
  });

  it('when the launcher exits early, then the error shows its last lines', async () => {
    const bad = { ...options(dataDir, await freePort()), pageCache: 'lots' };
    await expect(startEmbeddedNeo4j(bad)).rejects.toThrow(/exited early[\s\S]*lots/);
  });

  it('when the transaction log is corrupt, then the launcher fails at once and the error quotes the cause from Neo4j\'s log', async () => {
    const port = await freePort();
    const first = await startEmbeddedNeo4j(options(dataDir, port));
    await first.stop();
    for (const file of ['neostore.transaction.db.0', 'checkpoint.0']) {
      const fd = openSync(path.join(dataDir, 'data', 'transactions', 'neo4j', file), 'r+');
      writeSync(fd, Buffer.alloc(64, 0x50), 0, 64, 0);
      closeSync(fd);
    }
    // A start timeout longer than the test's own: only a launcher that notices the failure passes.
    const started = startEmbeddedNeo4j({ ...options(dataDir, port), startTimeoutMs: 600_000 });
    await expect(started).rejects.toThrow(/exited early[\s\S]*NEO4J_LOCAL_FAILED[\s\S]*Cause, from .*debug\.log[\s\S]*transaction log/i);
  }, 110_000);

  it('when the Node process that started it is killed, then the JVM stops by itself', async () => {
    // A parent killed with SIGKILL cannot clean up; the launcher notices its stdin close and exits.
    const port = await freePort();
    const parent = spawn(process.execPath, [path.join(projectRoot, 'dist/src/cli/neo4j-local.js')], {
      env: { ...process.env, NEO4J_URI: '', NEO4J_BOLT_PORT: String(port), NEO4J_DATA_DIR: dataDir, NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '32m' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const javaPid = await new Promise<number>((resolve, reject) => {
      let out = '';
      parent.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /pid (\d+)/.exec(out);
        if (match) resolve(Number(match[1]));
      });
      parent.once('exit', (code) => reject(new Error(`neo4j-local exited with ${code} before ready`)));
    });
    expect(alive(javaPid)).toBe(true);
    parent.kill('SIGKILL');
    expect(await waitUntil(() => !alive(javaPid), 60_000)).toBe(true);
  }, 180_000);
});
