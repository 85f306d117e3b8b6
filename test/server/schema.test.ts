import { readFileSync } from 'node:fs';
import { schemaFile } from '../../src/paths';
import { createSchema, printSortedSchema } from '../../src/server/schema';

describe('schema/schema.graphql', () => {
  it('when the resolvers change, then the committed SDL must be regenerated (npm run schema:emit)', async () => {
    const current = printSortedSchema(await createSchema());
    expect(readFileSync(schemaFile, 'utf8')).toBe(current);
  });
});
