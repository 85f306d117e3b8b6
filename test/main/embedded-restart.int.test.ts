import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { alive } from '../support/process-alive';
import { startServiceProcess, type ServiceProcess } from '../support/service-process';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function graphql(service: ServiceProcess) {
  const response = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ themes { id } }' }) });
  return { status: response.status, body: (await response.json()) as any };
}

/** Polls `check` every 50 ms until it returns a value, or fails after `timeoutMs`. */
async function until<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(50);
  }
}

/**
 * The real service (a child process) with its own embedded Neo4j; the test kills exactly that JVM
 * (the pid the service printed) with SIGKILL, as the OOM killer or an operator's mistake would.
 */
describe('when the embedded Neo4j is killed (kill -9 of its JVM)', () => {
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'legeplads-restart-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('then it logs the death at error level, /health says 503 while it is down, it restarts Neo4j and serves queries again', async () => {
    const service = await startServiceProcess(dataDir(), { LOG_LEVEL: 'info' });
    const pids = [service.javaPid];
    try {
      expect((await graphql(service)).status).toBe(200);
      expect((await fetch(`${service.url}/health`)).status).toBe(200);

      const killedAt = Date.now();
      process.kill(service.javaPid, 'SIGKILL');
      // Down: /health tells the truth (it used to say 200 forever) and queries fail fast with a code.
      const health = await until('/health reports the dead database', async () => {
        const response = await fetch(`${service.url}/health`);
        return response.status === 503 ? ((await response.json()) as any) : undefined;
      }, 5_000);
      expect(health).toMatchObject({ status: 'unhealthy', database: 'stopped' });
      const down = await graphql(service);
      expect(down.status).toBe(503);
      expect(down.body.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
      const died = await until('the death is logged', () => service.logLines().find((l) => l.event === 'neo4j-died'), 5_000);
      expect(died).toMatchObject({ level: 50, pid: service.javaPid, signal: 'SIGKILL' });

      // Restarted by itself: the first right answer after the kill is the time to serve again.
      await until('queries are served again', async () => ((await graphql(service)).status === 200 ? true : undefined), 180_000);
      const servedAgainMs = Date.now() - killedAt;
      const restarted = service.logLines().find((l) => l.event === 'neo4j-restarted');
      expect(restarted).toMatchObject({ level: 40, attempt: 1 });
      pids.push(restarted!.pid);
      expect(restarted!.pid).not.toBe(service.javaPid);
      expect(alive(restarted!.pid)).toBe(true);
      expect(await graphql(service)).toEqual({ status: 200, body: { data: { themes: [] } } });
      expect((await fetch(`${service.url}/health`)).status).toBe(200);
      console.log(`kill -9 of the embedded JVM: served again ${servedAgainMs} ms after the kill (Neo4j restarted ${restarted!.downMs} ms after its death)`);

      // And it still stops cleanly, taking the restarted JVM with it.
      service.child.kill('SIGTERM');
      expect((await service.exited).code).toBe(0);
      expect(alive(restarted!.pid)).toBe(false);
    } finally {
      service.kill(pids);
    }
  }, 300_000);

  it('then, when it may not restart it (NEO4J_RESTART_ATTEMPTS=0), the service logs why and exits non-zero for its supervisor', async () => {
    const service = await startServiceProcess(dataDir(), { LOG_LEVEL: 'info', NEO4J_RESTART_ATTEMPTS: '0' });
    try {
      process.kill(service.javaPid, 'SIGKILL');
      const { code } = await service.exited;
      expect(code).toBe(1);
      expect(service.logLines().map((l) => [l.event, l.level])).toEqual(expect.arrayContaining([['neo4j-died', 50], ['neo4j-gave-up', 50]]));
    } finally {
      service.kill([service.javaPid]);
    }
  }, 240_000);
});
