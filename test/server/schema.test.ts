import { readFileSync } from 'node:fs';
import { possibleTypesFile, schemaFile } from '../../src/paths';
import { possibleTypes, printPossibleTypes } from '../../src/server/possible-types';
import { createSchema, printSortedSchema } from '../../src/server/schema';

describe('schema/schema.graphql', () => {
  it('when the resolvers change, then the committed SDL must be regenerated (npm run schema:emit)', async () => {
    const current = printSortedSchema(await createSchema());
    expect(readFileSync(schemaFile, 'utf8')).toBe(current);
  });

  it('when the schema changes, then the committed possibleTypes must be regenerated too', async () => {
    expect(readFileSync(possibleTypesFile, 'utf8')).toBe(printPossibleTypes(await createSchema()));
  });

  it('when a client reads possibleTypes, then Node lists every entity type and nothing else', async () => {
    expect(possibleTypes(await createSchema()).Node).toEqual([
      'Committee', 'Initiative', 'Partner', 'Recommendation', 'Result', 'Strategy', 'Theme', 'Town', 'Unit', 'Year',
    ]);
  });
});
