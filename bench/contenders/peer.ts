import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { countQueries } from './query-counter';
import { boltUri, serveHarness } from './child-protocol';
import { peerTypeDefs } from './peer-type-defs';

// Contender 3, the peer: @neo4j/graphql on Apollo Server, as its documentation sets it up, over
// the same database. It generates one Cypher statement per root field.
async function main(): Promise<void> {
  const queries = countQueries();
  const driver = neo4j.driver(boltUri());
  await driver.verifyConnectivity();
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  serveHarness(Number(new URL(url).port), queries, async () => {
    await server.stop();
    await driver.close();
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
