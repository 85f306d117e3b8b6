import neo4j from 'neo4j-driver';

/**
 * Waits until Neo4j runs no transaction but the one asking, at most `maxMs`: a warm-up (or a
 * question) leaves requests behind that the client gave up on, and Neo4j runs them to the end. Were
 * the next measurement to start at once, the first contender would share the cores with them (at
 * ×100 the abandoned coverage warm-up made ours 12× the floor on the next question). Returns how
 * long it waited, and whether Neo4j was idle by then.
 */
export async function waitForIdleNeo4j(uri: string, maxMs = 60_000): Promise<{ waitedMs: number; idle: boolean }> {
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  const began = Date.now();
  try {
    for (;;) {
      const { records } = await driver.executeQuery('SHOW TRANSACTIONS YIELD currentQuery RETURN count(*) AS running');
      // the SHOW TRANSACTIONS itself is one of them
      if (Number(records[0].get('running')) <= 1) return { waitedMs: Date.now() - began, idle: true };
      if (Date.now() - began >= maxMs) return { waitedMs: Date.now() - began, idle: false };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await driver.close();
  }
}
