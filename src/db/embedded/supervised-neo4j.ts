import type { EmbeddedNeo4j } from './embedded-neo4j';

/** What the supervisor tells its owner; the owner logs it and marks the database. */
export interface SupervisorEvents {
  /** The JVM ended without being asked to: the database cannot serve until `restarted`. */
  died(pid: number, code: number | null, signal: NodeJS.Signals | null): void;
  restarting(attempt: number, ofAttempts: number, delayMs: number): void;
  restarted(neo4j: EmbeddedNeo4j, attempt: number, downMs: number): void;
  restartFailed(attempt: number, error: unknown): void;
  /** Every attempt failed: the process cannot serve and should end (non-zero) for its supervisor. */
  gaveUp(error: unknown): void;
}

export interface SupervisorOptions {
  /** Starts a fresh JVM on the same port and data folder. */
  start: () => Promise<EmbeddedNeo4j>;
  /** Restarts tried after one death before giving up; 0 gives up at once. */
  attempts: number;
  /** Wait before the first attempt; doubled for each further one, capped at `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** A restarted JVM that stays up this long has recovered: a later death gets all attempts again. */
  stableMs?: number;
  events: SupervisorEvents;
}

/**
 * Keeps the embedded Neo4j running: when its JVM dies (kill -9, a crash, the OOM killer), it is
 * started again on the same port and data folder with exponential backoff, a bounded number of
 * times in a row. A JVM that keeps dying right after its start (a broken store, a full disk) would
 * otherwise be restarted forever while the service looks alive; instead `gaveUp` is reported.
 */
export class SupervisedNeo4j {
  private stopped = false;
  private failuresInARow = 0;
  private upSince = Date.now();
  private pendingTimer: NodeJS.Timeout | undefined;
  private wake: (() => void) | undefined;
  private restarting: Promise<void> | undefined;

  private constructor(
    private current: EmbeddedNeo4j,
    private readonly options: SupervisorOptions,
  ) {
    this.watch(current);
  }

  static async start(options: SupervisorOptions): Promise<SupervisedNeo4j> {
    return new SupervisedNeo4j(await options.start(), options);
  }

  get neo4j(): EmbeddedNeo4j {
    return this.current;
  }

  /** Stops the running JVM and any restart in progress; no restart follows. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.pendingTimer);
    this.wake?.(); // ends a backoff wait now; the loop sees `stopped`
    await this.restarting?.catch(() => undefined);
    await this.current.stop();
  }

  private watch(neo4j: EmbeddedNeo4j): void {
    neo4j.onUnexpectedExit((code, signal) => {
      if (this.stopped) return;
      this.options.events.died(neo4j.pid, code, signal);
      if (Date.now() - this.upSince >= (this.options.stableMs ?? 60_000)) this.failuresInARow = 0;
      this.restarting = this.restart(Date.now());
    });
  }

  private async restart(diedAt: number): Promise<void> {
    const { attempts, events } = this.options;
    let lastError: unknown = new Error('no restart attempts are allowed (NEO4J_RESTART_ATTEMPTS=0)');
    while (!this.stopped && this.failuresInARow < attempts) {
      this.failuresInARow += 1;
      const attempt = this.failuresInARow;
      const delay = Math.min((this.options.backoffMs ?? 1_000) * 2 ** (attempt - 1), this.options.maxBackoffMs ?? 30_000);
      events.restarting(attempt, attempts, delay);
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        this.pendingTimer = setTimeout(resolve, delay);
      });
      if (this.stopped) return;
      try {
        const fresh = await this.options.start();
        if (this.stopped) {
          await fresh.stop();
          return;
        }
        this.current = fresh;
        this.upSince = Date.now();
        this.watch(fresh);
        events.restarted(fresh, attempt, Date.now() - diedAt);
        return;
      } catch (error) {
        lastError = error;
        events.restartFailed(attempt, error);
      }
    }
    if (!this.stopped) events.gaveUp(lastError);
  }
}
