import { DatasetError } from '../dataset/read-dataset';
import { seedDatabase } from '../dataset/seed-dataset';
import { withDatabase } from './with-database';

// npm run seed: validate seed/ and make the graph exactly that dataset, in one transaction.
withDatabase(async (database) => {
  const summary = await seedDatabase(database);
  console.log(
    `Loaded ${summary.nodes} nodes and ${summary.relationships} relationships in ${summary.ms} ms ` +
      `(removed ${summary.deletedNodes} stale nodes, ${summary.deletedRelationships} stale relationships; ` +
      `${summary.partners} partners; fingerprint ${summary.fingerprint}).`,
  );
}).catch((error: unknown) => {
  console.error(error instanceof DatasetError ? error.message : error);
  process.exit(1);
});
