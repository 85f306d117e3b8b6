import neo4j from 'neo4j-driver';

/**
 * Counts every Cypher statement this process sends, at the driver itself: both ways a statement
 * leaves neo4j-driver (a transaction's run, and an auto-commit session run) are wrapped. The same
 * counter runs in every contender, so that our service, the floor and @neo4j/graphql are counted
 * alike and no production code has to know it is being measured.
 */
export function countQueries(): () => number {
  let count = 0;
  for (const proto of [neo4j.Transaction.prototype, neo4j.Session.prototype] as { run: (...args: unknown[]) => unknown }[]) {
    const run = proto.run;
    proto.run = function counted(this: unknown, ...args: unknown[]) {
      count += 1;
      return run.apply(this, args);
    };
  }
  return () => count;
}
