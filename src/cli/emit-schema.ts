import { writeFileSync } from 'node:fs';
import { possibleTypesFile, schemaFile } from '../paths';
import { printPossibleTypes } from '../server/possible-types';
import { createSchema, printSortedSchema } from '../server/schema';

// npm run schema:emit: writes schema/schema.graphql and schema/possible-types.json from the TypeGraphQL resolvers.
createSchema()
  .then((schema) => {
    writeFileSync(schemaFile, printSortedSchema(schema));
    writeFileSync(possibleTypesFile, printPossibleTypes(schema));
    console.log(`Wrote ${schemaFile} and ${possibleTypesFile}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
