import type { AdmissionLimits } from '../config';

/** Gives the slot back; calling it twice is harmless. */
export type Release = () => void;

/**
 * Admission control for GraphQL requests: at most `maxInFlight` run at once, at most `maxQueued`
 * wait (first come, first served), and the next one is refused at once. Past a point, taking more
 * work only makes every answer slower and the process bigger (at 400 connections on a heavy query
 * the median was 5–7 s and Node's memory quadrupled); a fast 503 lets the client or the load
 * balancer go elsewhere or retry.
 */
export class Admission {
  private running = 0;
  private readonly waiting: Array<(release: Release | undefined) => void> = [];

  constructor(readonly limits: AdmissionLimits) {}

  /**
   * A slot now, a place in the queue, or undefined when both are full (refuse the request). A place
   * in the queue resolves with a slot, or with undefined once it has waited `maxQueueWaitMs`
   * (refuse it then: an answer that late is worth less than a fast "try again").
   */
  enter(): Promise<Release | undefined> | undefined {
    if (this.running < this.limits.maxInFlight) {
      this.running += 1;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= this.limits.maxQueued) return undefined;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        const index = this.waiting.indexOf(admit);
        if (index >= 0) this.waiting.splice(index, 1);
        resolve(undefined);
      }, this.limits.maxQueueWaitMs);
      timer.unref(); // the request's own socket keeps the process alive, not its wait
      const admit = (release: Release | undefined) => {
        clearTimeout(timer);
        resolve(release);
      };
      this.waiting.push(admit);
    });
  }

  get inFlight(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  // A finished request hands its slot straight to the first in the queue, so `running` never dips
  // and a newcomer cannot overtake those who wait.
  private releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next(this.releaser());
      else this.running -= 1;
    };
  }
}
