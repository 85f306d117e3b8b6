import type { EmbeddedNeo4j } from '../../../src/db/embedded/embedded-neo4j';
import { SupervisedNeo4j, type SupervisorEvents } from '../../../src/db/embedded/supervised-neo4j';

// The supervisor's decisions (restart, back off, give up) with fake JVMs whose deaths the test
// decides; test/main/embedded-restart.int.test.ts kills a real one.

/** A fake JVM: `die()` makes it exit as kill -9 would. */
function fakeNeo4j(pid: number) {
  let listener: ((code: number | null, signal: NodeJS.Signals | null) => void) | undefined;
  const neo4j: EmbeddedNeo4j & { die(): void; stopped: boolean } = {
    uri: 'bolt://127.0.0.1:7999',
    pid,
    stopped: false,
    onUnexpectedExit: (fn) => (listener = fn),
    stop: async () => {
      neo4j.stopped = true;
    },
    die: () => listener?.(null, 'SIGKILL'),
  };
  return neo4j;
}

function recorder() {
  const seen: string[] = [];
  const events: SupervisorEvents = {
    died: (pid) => seen.push(`died ${pid}`),
    restarting: (attempt, of, delay) => seen.push(`restarting ${attempt}/${of} in ${delay}`),
    restarted: (neo4j, attempt) => seen.push(`restarted ${neo4j.pid} at ${attempt}`),
    restartFailed: (attempt) => seen.push(`failed ${attempt}`),
    gaveUp: () => seen.push('gave up'),
  };
  return { seen, events };
}

describe('SupervisedNeo4j', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('when the JVM dies, then it is reported and started again after the first backoff', async () => {
    const jvms = [fakeNeo4j(1), fakeNeo4j(2)];
    let started = 0;
    const { seen, events } = recorder();
    const supervised = await SupervisedNeo4j.start({ start: async () => jvms[started++], attempts: 3, backoffMs: 1_000, events });
    jvms[0].die();
    expect(seen).toEqual(['died 1', 'restarting 1/3 in 1000']);
    await jest.advanceTimersByTimeAsync(999);
    expect(started).toBe(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(seen).toEqual(['died 1', 'restarting 1/3 in 1000', 'restarted 2 at 1']);
    expect(supervised.neo4j.pid).toBe(2);
  });

  it('when restarts fail, then the wait doubles each time and after the last attempt it gives up', async () => {
    let calls = 0;
    const first = fakeNeo4j(1);
    const { seen, events } = recorder();
    await SupervisedNeo4j.start({
      start: async () => {
        calls += 1;
        if (calls === 1) return first;
        throw new Error('store locked');
      },
      attempts: 3,
      backoffMs: 100,
      events,
    });
    first.die();
    await jest.advanceTimersByTimeAsync(100 + 200 + 400);
    expect(seen).toEqual(['died 1', 'restarting 1/3 in 100', 'failed 1', 'restarting 2/3 in 200', 'failed 2', 'restarting 3/3 in 400', 'failed 3', 'gave up']);
  });

  it('when no restart is allowed (attempts 0), then a death gives up at once', async () => {
    const first = fakeNeo4j(1);
    const { seen, events } = recorder();
    await SupervisedNeo4j.start({ start: async () => first, attempts: 0, events });
    first.die();
    await jest.advanceTimersByTimeAsync(0);
    expect(seen).toEqual(['died 1', 'gave up']);
  });

  it('when a restarted JVM dies again soon, then the attempts are not renewed; after it stayed up, they are', async () => {
    const jvms = [1, 2, 3, 4].map(fakeNeo4j);
    let started = 0;
    const { seen, events } = recorder();
    await SupervisedNeo4j.start({ start: async () => jvms[started++], attempts: 2, backoffMs: 10, stableMs: 1_000, events });
    jvms[0].die();
    await jest.advanceTimersByTimeAsync(10);
    jvms[1].die(); // at once: second attempt, twice the wait
    await jest.advanceTimersByTimeAsync(20);
    expect(seen.slice(-2)).toEqual(['restarting 2/2 in 20', 'restarted 3 at 2']);
    await jest.advanceTimersByTimeAsync(1_000);
    jvms[2].die(); // after a stable second: all attempts again
    await jest.advanceTimersByTimeAsync(10);
    expect(seen.slice(-2)).toEqual(['restarting 1/2 in 10', 'restarted 4 at 1']);
  });

  it('when stopped, then the JVM is stopped and a death during a pending restart starts nothing', async () => {
    const jvms = [fakeNeo4j(1), fakeNeo4j(2)];
    let started = 0;
    const { seen, events } = recorder();
    const supervised = await SupervisedNeo4j.start({ start: async () => jvms[started++], attempts: 3, backoffMs: 1_000, events });
    jvms[0].die();
    await supervised.stop();
    await jest.advanceTimersByTimeAsync(5_000);
    expect(started).toBe(1);
    expect(jvms[0].stopped).toBe(true);
    expect(seen).toEqual(['died 1', 'restarting 1/3 in 1000']);
  });
});
