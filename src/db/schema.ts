import { cypherStatements } from './cypher-files';
import type { Database } from './database';

/** Applies cypher/schema.cypher (every statement is IF NOT EXISTS) and waits for indexes to be online. */
export async function applySchema(database: Database): Promise<void> {
  await database.runAutoCommit([...cypherStatements('schema'), 'CALL db.awaitIndexes(300)']);
}
