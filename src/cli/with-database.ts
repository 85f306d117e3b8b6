import { loadConfig } from '../config';
import { connect } from '../db/connect';
import type { Database } from '../db/database';
import { applySchema } from '../db/schema';

/** Runs a command against the configured database (embedded or NEO4J_URI), then closes it. */
export async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const connection = await connect(loadConfig(), { log: (line) => console.error(line) });
  try {
    await applySchema(connection.database);
    return await work(connection.database);
  } finally {
    await connection.close();
  }
}
