/**
 * A circuit breaker for "Neo4j cannot serve". Once a query fails because Neo4j is unreachable, or
 * `busyThreshold` queries in a row fail because it is overloaded (pool exhausted, transactions
 * timed out, no answer in time), further reads fail at once instead of each waiting out its
 * timeout and adding to the pile; a probe every `intervalMs` closes the circuit as soon as Neo4j
 * answers again, so the service recovers by itself. A probe that hangs (a frozen JVM) counts as
 * failed after `probeTimeoutMs`.
 */
/**
 * unreachable: Neo4j refused or dropped the connection. unresponsive: it sent nothing at all in time
 * (frozen, or so overloaded that even its own timeout error did not come). busy: a run of its own
 * "could not take this in time" answers.
 */
export type DownReason = 'unreachable' | 'unresponsive' | 'busy';

/** The circuit opened (queries now fail at once) or closed again after `downMs`. */
export type CircuitChange = { open: true; reason: DownReason } | { open: false; downMs: number };

// Which reason wins when a second one arrives while the circuit is open: the graver news.
const GRAVITY: Record<DownReason, number> = { busy: 0, unresponsive: 1, unreachable: 2 };

export class Availability {
  private down = false;
  private why: DownReason | undefined;
  private since = 0;
  private busyInARow = 0;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly listeners: ((change: CircuitChange) => void)[] = [];

  constructor(
    private readonly probe: () => Promise<void>,
    private readonly intervalMs = 250,
    private readonly busyThreshold = 5,
    private readonly probeTimeoutMs = 2_000,
  ) {}

  get isDown(): boolean {
    return this.down;
  }

  /** Why the circuit is open: Neo4j could not be reached, or it answered busy too often. Undefined while closed. */
  get reason(): DownReason | undefined {
    return this.down ? this.why : undefined;
  }

  /** How long the circuit has been open (0 while closed). */
  get downForMs(): number {
    return this.down ? Date.now() - this.since : 0;
  }

  /** Tells `listener` every time the circuit opens or closes (for the operators' log). */
  onChange(listener: (change: CircuitChange) => void): void {
    this.listeners.push(listener);
  }

  markDown(reason: DownReason = 'unreachable'): void {
    if (this.closed) return;
    if (this.down) {
      if (GRAVITY[reason] > GRAVITY[this.why ?? 'busy']) this.why = reason;
      return;
    }
    this.down = true;
    this.why = reason;
    this.since = Date.now();
    this.listeners.forEach((listener) => listener({ open: true, reason }));
    this.scheduleProbe();
  }

  /** One query that the database could not take in time; enough of them in a row open the circuit. */
  recordBusy(): void {
    this.busyInARow += 1;
    if (this.busyInARow >= this.busyThreshold) this.markDown('busy');
  }

  /** A query that succeeded: the run of busy answers is over. */
  recordSuccess(): void {
    this.busyInARow = 0;
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }

  private scheduleProbe(): void {
    this.timer = setTimeout(() => {
      withTimeout(this.probe(), this.probeTimeoutMs).then(
        () => {
          const downMs = Date.now() - this.since;
          this.down = false;
          this.why = undefined;
          this.busyInARow = 0;
          this.listeners.forEach((listener) => listener({ open: false, downMs }));
        },
        () => {
          if (!this.closed) this.scheduleProbe();
        },
      );
    }, this.intervalMs);
    // A pending probe must not keep a stopping process alive.
    this.timer.unref();
  }
}

function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    timer.unref();
    work.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
