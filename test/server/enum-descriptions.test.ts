import { isEnumType } from 'graphql';
import { createSchema } from '../../src/server/schema';

describe('the schema for clients', () => {
  it('when every enum of the schema is read, then each of its values has a description', async () => {
    const schema = await createSchema();
    const missing = Object.values(schema.getTypeMap())
      .filter(isEnumType)
      .filter((type) => !type.name.startsWith('__'))
      .flatMap((type) => type.getValues().filter((value) => !value.description?.trim()).map((value) => `${type.name}.${value.name}`));
    expect(missing).toEqual([]);
  });
});
