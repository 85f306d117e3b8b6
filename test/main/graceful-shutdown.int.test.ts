import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/db/embedded/ports';
import { projectRoot } from '../../src/paths';
import { alive } from '../support/process-alive';

/** Starts `node dist/src/main.js` on free ports with a throw-away data folder; resolves when it is serving. */
async function startService(dataDir: string) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(projectRoot, 'dist/src/main.js')], {
    env: {
      ...process.env,
      NEO4J_URI: '',
      PORT: String(port),
      NEO4J_BOLT_PORT: String(await freePort()),
      NEO4J_DATA_DIR: dataDir,
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '32m',
      SEED_ON_START: 'false',
      LOG_LEVEL: 'silent',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const javaPid = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const pid = /\(pid (\d+)\)/.exec(output);
      if (pid && output.includes('Press Ctrl-C')) resolve(Number(pid[1]));
    });
    child.once('exit', (code) => reject(new Error(`the service exited with ${code} before serving:\n${output}`)));
  });
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.once('exit', (code) => resolve({ code, at: Date.now() })));
  return { child, port, javaPid, exited, output: () => output };
}

/** True once a new connection to the port is refused, polling every 25 ms up to `timeoutMs`. */
async function refusedWithin(port: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(`http://127.0.0.1:${port}/health`);
    } catch {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

describe('graceful shutdown of the service (a real child process)', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'legeplads-shutdown-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('when SIGTERM arrives during a request, then it stops accepting, answers that request, closes Neo4j and exits 0', async () => {
    const service = await startService(dataDir);
    try {
      // A request in flight: headers and half the body sent, the rest only after the signal.
      const request = http.request({ host: '127.0.0.1', port: service.port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json' } });
      const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
        request.on('response', (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        });
        request.on('error', reject);
      });
      request.write('{"query": "{ themes ');
      await new Promise((resolve) => setTimeout(resolve, 200));

      const signalled = Date.now();
      service.child.kill('SIGTERM');
      // No longer accepting: a new connection is refused while the old request is still open
      // (polled with a deadline rather than a fixed pause, since the signal takes a moment to land).
      expect(await refusedWithin(service.port, 5_000)).toBe(true);
      request.end('{ id } }"}');

      const { status, body } = await answer;
      expect({ status, body }).toMatchObject({ status: 200 }); // the body shows the code when it is not
      expect(JSON.parse(body)).toEqual({ data: { themes: [] } });
      const { code, at } = await service.exited;
      console.log(`shutdown: exit ${code} ${at - signalled} ms after SIGTERM (incl. an in-flight request)`);
      expect(code).toBe(0);
      expect(service.output()).toContain('Stopped.');
      expect(alive(service.javaPid)).toBe(false);
      // Bounded: the drain is capped at 10 s, and Neo4j no longer waits 10 s for Netty.
      expect(at - signalled).toBeLessThan(15_000);
    } finally {
      service.child.kill('SIGKILL');
      if (alive(service.javaPid)) process.kill(service.javaPid, 'SIGKILL');
    }
  }, 180_000);
});
