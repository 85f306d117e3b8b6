import { loadConfig } from '../config';
import { startEmbeddedNeo4j } from '../db/embedded/embedded-neo4j';
import { embeddedPassword } from '../db/embedded/embedded-password';

// npm run neo4j: only the embedded Neo4j, for cypher-shell or another client; Ctrl-C stops it.
async function run(): Promise<void> {
  const config = loadConfig();
  if (config.database.kind !== 'embedded') {
    console.error('NEO4J_URI is set: there is no embedded Neo4j to start.');
    process.exit(1);
  }
  // With NEO4J_LOCAL_AUTH the same generated password as the service's: the path is printed, never the password.
  const auth = config.database.localAuth ? embeddedPassword(config.database.dataDir) : undefined;
  const neo4j = await startEmbeddedNeo4j({ ...config.database, password: auth?.password, log: (line) => console.error(line) });
  console.log(`neo4j-local ready ${neo4j.uri} pid ${neo4j.pid}${auth ? ` (user neo4j, password in ${auth.file})` : ''}`);
  const stop = () => void neo4j.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

run().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
