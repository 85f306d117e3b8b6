import type { Database } from '../../src/db/database';
import { cleanTestDatabase } from './test-database';
import { claimTestDatabase, TEST_MARKER_INDEX, testDatabaseTarget } from './test-database-target';

describe('which database the tests may use', () => {
  it('when only NEO4J_URI is set (the service\'s real database), then the tests start their own embedded Neo4j', () => {
    expect(testDatabaseTarget({ NEO4J_URI: 'bolt://production:7687', NEO4J_PASSWORD: 'secret' })).toEqual({ kind: 'embedded' });
  });

  it('when TEST_NEO4J_URI is set, then that one is used, with its own credentials', () => {
    expect(testDatabaseTarget({ NEO4J_URI: 'bolt://production:7687', TEST_NEO4J_URI: 'bolt://tests:7687', TEST_NEO4J_PASSWORD: 'p' })).toEqual({
      kind: 'external',
      uri: 'bolt://tests:7687',
      user: undefined,
      password: 'p',
      database: undefined,
    });
  });

  describe('claimTestDatabase (on this run\'s own Neo4j)', () => {
    let database: Database;
    const run = (cypher: string) => database.write((tx) => tx.runText(cypher));
    beforeAll(async () => {
      database = await cleanTestDatabase();
      await run(`DROP INDEX ${TEST_MARKER_INDEX} IF EXISTS`);
    });
    afterAll(async () => {
      await run('MATCH (n) DETACH DELETE n');
      await run(`DROP INDEX ${TEST_MARKER_INDEX} IF EXISTS`);
      await database.close();
    });

    it('when the database holds data and no test run ever claimed it, then it refuses and leaves the data alone', async () => {
      await run("CREATE (:Someone {id: 'their-data'})");
      await expect(claimTestDatabase(run, 'bolt://x')).rejects.toThrow(/Refusing to run the tests against bolt:\/\/x: it holds 1 nodes/);
      expect(await run('MATCH (n:Someone) RETURN n.id AS id')).toEqual([{ id: 'their-data' }]);
      await run('MATCH (n) DETACH DELETE n');
    });

    it('when it is empty, then it is claimed, and a claimed database is accepted later even with test data in it', async () => {
      await claimTestDatabase(run, 'bolt://x');
      expect(await run(`SHOW INDEXES YIELD name WHERE name = '${TEST_MARKER_INDEX}' RETURN name`)).toHaveLength(1);
      await run("CREATE (:Initiative {id: 'left-by-a-test'})");
      await expect(claimTestDatabase(run, 'bolt://x')).resolves.toBeUndefined();
    });
  });
});
