import { writeFileSync } from 'node:fs';
import { explorerOperationsModule } from '../codegen/explorer-operations';
import { explorerOperationsFile } from '../paths';

// npm run codegen: types the explorer's operations (explorer/src/operations.graphql) from
// schema/schema.graphql into explorer/src/generated/operations.ts. Run after schema:emit.
explorerOperationsModule()
  .then((text) => {
    writeFileSync(explorerOperationsFile, text);
    console.log(`Wrote ${explorerOperationsFile}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
