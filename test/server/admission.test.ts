import { Admission } from '../../src/server/admission';

describe('Admission', () => {
  it('when below the in-flight limit, then requests are admitted at once', async () => {
    const admission = new Admission({ maxInFlight: 2, maxQueued: 1, maxQueueWaitMs: 10_000 });
    await expect(admission.enter()).resolves.toEqual(expect.any(Function));
    await expect(admission.enter()).resolves.toEqual(expect.any(Function));
    expect(admission.inFlight).toBe(2);
  });

  it('when in flight and queue are full, then the next request is refused at once (undefined)', () => {
    const admission = new Admission({ maxInFlight: 1, maxQueued: 1, maxQueueWaitMs: 10_000 });
    expect(admission.enter()).toBeDefined();
    expect(admission.enter()).toBeDefined();
    expect(admission.queued).toBe(1);
    expect(admission.enter()).toBeUndefined();
  });

  it('when a running request finishes, then the first queued one gets its slot, in order, and a newcomer waits behind them', async () => {
    const admission = new Admission({ maxInFlight: 1, maxQueued: 3, maxQueueWaitMs: 10_000 });
    const order: string[] = [];
    const release = (await admission.enter())!;
    const a = admission.enter()!.then((r) => (order.push('a'), r!));
    const b = admission.enter()!.then((r) => (order.push('b'), r!));
    release();
    const releaseA = await a;
    expect(order).toEqual(['a']);
    const c = admission.enter()!.then((r) => (order.push('c'), r!));
    releaseA();
    (await b)();
    (await c)();
    expect(order).toEqual(['a', 'b', 'c']);
    expect(admission.inFlight).toBe(0);
    expect(admission.queued).toBe(0);
  });

  it('when a release is called twice, then it frees one slot only', async () => {
    const admission = new Admission({ maxInFlight: 2, maxQueued: 0, maxQueueWaitMs: 10_000 });
    const release = (await admission.enter())!;
    await admission.enter();
    release();
    release();
    expect(admission.inFlight).toBe(1);
  });

  it('when a queued request has waited maxQueueWaitMs, then it leaves the queue refused (undefined) and does not take a slot later', async () => {
    jest.useFakeTimers();
    try {
      const admission = new Admission({ maxInFlight: 1, maxQueued: 2, maxQueueWaitMs: 500 });
      const release = (await admission.enter())!;
      const waiting = admission.enter()!;
      await jest.advanceTimersByTimeAsync(500);
      await expect(waiting).resolves.toBeUndefined();
      expect(admission.queued).toBe(0);
      release();
      expect(admission.inFlight).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });
});
