/**
 * Which Neo4j a test run may use. NEO4J_URI is the service's setting (the README tells users to
 * point it at their real database), so the tests never read it: they start their own embedded
 * Neo4j, unless TEST_NEO4J_URI names an external one explicitly.
 */
export type TestDatabaseTarget = { kind: 'embedded' } | { kind: 'external'; uri: string; user?: string; password?: string; database?: string };

export function testDatabaseTarget(env: Record<string, string | undefined>): TestDatabaseTarget {
  const uri = env.TEST_NEO4J_URI?.trim();
  if (!uri) return { kind: 'embedded' };
  return { kind: 'external', uri, user: env.TEST_NEO4J_USER, password: env.TEST_NEO4J_PASSWORD, database: env.TEST_NEO4J_DATABASE };
}

// An index, not a node: it survives the tests' "delete everything" and no count of nodes sees it.
export const TEST_MARKER_INDEX = 'legeplads_test_database_marker';

/**
 * Refuses a database that holds data and was not claimed by a test run before (no marker index);
 * claims an empty one. The tests empty the graph, so anything else could be someone's data.
 */
export async function claimTestDatabase(run: (cypher: string) => Promise<Record<string, unknown>[]>, uri: string): Promise<void> {
  const marked = (await run(`SHOW INDEXES YIELD name WHERE name = '${TEST_MARKER_INDEX}' RETURN name`)).length > 0;
  if (marked) return;
  const [row] = await run('MATCH (n) RETURN count(n) AS nodes');
  const nodes = Number(row?.nodes ?? 0);
  if (nodes > 0) {
    throw new Error(
      `Refusing to run the tests against ${uri}: it holds ${nodes} nodes and was never a test database ` +
        `(no index ${TEST_MARKER_INDEX}). The tests delete everything in their database; point TEST_NEO4J_URI at an empty one.`,
    );
  }
  await run(`CREATE INDEX ${TEST_MARKER_INDEX} IF NOT EXISTS FOR (n:LegepladsTestMarker) ON (n.id)`);
}
