/**
 * A circuit breaker for "Neo4j is unreachable". Once a query fails for that reason, further reads
 * fail at once with SERVICE_UNAVAILABLE instead of each waiting for the driver's connection attempts
 * and retries; a probe every `intervalMs` closes the circuit as soon as Neo4j answers again, so the
 * service recovers by itself.
 */
export class Availability {
  private down = false;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly probe: () => Promise<void>,
    private readonly intervalMs = 250,
  ) {}

  get isDown(): boolean {
    return this.down;
  }

  markDown(): void {
    if (this.down || this.closed) return;
    this.down = true;
    this.scheduleProbe();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }

  private scheduleProbe(): void {
    this.timer = setTimeout(() => {
      this.probe().then(
        () => {
          this.down = false;
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
