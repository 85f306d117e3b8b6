import { writeFileSync } from 'node:fs';
import { explorerKindsFile, possibleTypesFile, schemaFile } from '../paths';
import { printPossibleTypes } from '../server/possible-types';
import { createSchema, printSortedSchema } from '../server/schema';
import { explorerKindsModule } from '../vocabulary/explorer-kinds-module';

// npm run schema:emit: writes schema/schema.graphql and schema/possible-types.json from the TypeGraphQL
// resolvers, and the explorer's copy of the node-kind vocabulary (it may not import src/).
createSchema()
  .then((schema) => {
    writeFileSync(schemaFile, printSortedSchema(schema));
    writeFileSync(possibleTypesFile, printPossibleTypes(schema));
    console.log(`Wrote ${schemaFile} and ${possibleTypesFile}`);
    writeFileSync(explorerKindsFile, explorerKindsModule());
    console.log(`Wrote ${explorerKindsFile}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
