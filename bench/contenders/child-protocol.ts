// The messages between the harness and a contender process (a forked child with an IPC channel).

/** Sent once by the child when it listens. */
export interface ReadyMessage {
  type: 'ready';
  port: number;
}

/** Asked by the harness; the child answers with how many Cypher statements it has sent so far. */
export interface StatsRequest {
  type: 'stats';
}

export interface StatsMessage {
  type: 'stats';
  queries: number;
}

export type ChildMessage = ReadyMessage | StatsMessage;

/** Child side: report the port, answer stats requests, stop cleanly on 'stop'. */
export function serveHarness(port: number, queries: () => number, stop: () => Promise<void>): void {
  const send = (message: ChildMessage) => process.send?.(message);
  process.on('message', (message: { type?: string }) => {
    if (message?.type === 'stats') send({ type: 'stats', queries: queries() });
    if (message?.type === 'stop') void stop().finally(() => process.exit(0));
  });
  // The harness died: do not linger.
  process.on('disconnect', () => void stop().finally(() => process.exit(0)));
  send({ type: 'ready', port });
}

/** The Bolt URI the harness hands to every contender. */
export function boltUri(): string {
  const uri = process.env.BENCH_NEO4J_URI;
  if (!uri) throw new Error('BENCH_NEO4J_URI is not set: contenders are started by the bench harness');
  return uri;
}
