import { Availability } from '../../src/db/availability';

// The circuit breaker of "Neo4j is unreachable": open at the first failure, probed every interval,
// closed by the first probe that succeeds. Fake timers stand in for the interval.

describe('Availability', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** A probe whose answers the test decides, counting its calls. */
  function probe(answers: boolean[]) {
    const calls = { count: 0 };
    const fn = async () => {
      const ok = answers[calls.count++] ?? true;
      if (!ok) throw new Error('ECONNREFUSED');
    };
    return { fn, calls };
  }

  it('when nothing has failed, then it is up and never probes', async () => {
    const { fn, calls } = probe([]);
    const availability = new Availability(fn, 100);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(availability.isDown).toBe(false);
    expect(calls.count).toBe(0);
  });

  it('when marked down, then it is down at once and the first probe comes one interval later', async () => {
    const { fn, calls } = probe([true]);
    const availability = new Availability(fn, 100);
    availability.markDown();
    expect(availability.isDown).toBe(true);
    await jest.advanceTimersByTimeAsync(99);
    expect(calls.count).toBe(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(calls.count).toBe(1);
    expect(availability.isDown).toBe(false);
  });

  it('when probes fail, then it stays down and probes again every interval until one succeeds', async () => {
    const { fn, calls } = probe([false, false, true]);
    const availability = new Availability(fn, 100);
    availability.markDown();
    await jest.advanceTimersByTimeAsync(200);
    expect(calls.count).toBe(2);
    expect(availability.isDown).toBe(true);
    await jest.advanceTimersByTimeAsync(100);
    expect(calls.count).toBe(3);
    expect(availability.isDown).toBe(false);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(calls.count).toBe(3);
  });

  it('when marked down again while already down, then there is still one probe per interval', async () => {
    const { fn, calls } = probe([false, true]);
    const availability = new Availability(fn, 100);
    availability.markDown();
    availability.markDown();
    availability.markDown();
    await jest.advanceTimersByTimeAsync(100);
    expect(calls.count).toBe(1);
  });

  it('when closed, then no probe runs any more and it cannot be marked down', async () => {
    const { fn, calls } = probe([false, false, false]);
    const availability = new Availability(fn, 100);
    availability.markDown();
    availability.close();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(calls.count).toBe(0);

    const other = new Availability(fn, 100);
    other.close();
    other.markDown();
    expect(other.isDown).toBe(false);
  });

  it('when opened for one reason and then a graver one arrives, then it reports the graver (busy < unresponsive < unreachable) and how long it is open', async () => {
    const availability = new Availability(async () => {
      throw new Error('still down');
    }, 100);
    expect(availability.reason).toBeUndefined();
    availability.recordBusy();
    for (let i = 0; i < 4; i += 1) availability.recordBusy();
    expect(availability.reason).toBe('busy');
    availability.markDown('unresponsive');
    expect(availability.reason).toBe('unresponsive');
    availability.markDown('busy');
    expect(availability.reason).toBe('unresponsive');
    availability.markDown('unreachable');
    expect(availability.reason).toBe('unreachable');
    await jest.advanceTimersByTimeAsync(1_000);
    expect(availability.downForMs).toBeGreaterThanOrEqual(1_000);
    availability.close();
  });

  it('when the circuit opens and closes, then its listeners hear both, with the reason and how long it was open', async () => {
    const { fn } = probe([false, true]);
    const availability = new Availability(fn, 100);
    const changes: unknown[] = [];
    availability.onChange((change) => changes.push(change));
    availability.markDown('busy');
    availability.markDown('unreachable'); // already open: no second "open"
    expect(changes).toEqual([{ open: true, reason: 'busy' }]);
    await jest.advanceTimersByTimeAsync(200);
    expect(changes).toEqual([{ open: true, reason: 'busy' }, { open: false, downMs: 200 }]);
  });
});
