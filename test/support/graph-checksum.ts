import { createHash } from 'node:crypto';
import type { Database } from '../../src/db/database';
import { dumpGraph } from './graph-dump';

/** Node and relationship counts and a hash of every label, type and property: equal exactly when the graph is. */
export async function graphFingerprint(database: Database) {
  const dump = await dumpGraph(database);
  return {
    nodes: dump.nodes.length,
    relationships: dump.relationships.length,
    checksum: createHash('sha256').update(JSON.stringify(dump)).digest('hex'),
  };
}
