import { writeFileSync } from 'node:fs';
import { schemaFile } from '../paths';
import { createSchema, printSortedSchema } from '../server/schema';

// npm run schema:emit: writes schema/schema.graphql from the TypeGraphQL resolvers.
createSchema()
  .then((schema) => {
    writeFileSync(schemaFile, printSortedSchema(schema));
    console.log(`Wrote ${schemaFile}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
