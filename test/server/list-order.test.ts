import { getNullableType, isInterfaceType, isListType, isObjectType } from 'graphql';
import { createSchema } from '../../src/server/schema';

// Every list a client reads has a documented order: its description says how it is sorted (by
// name, by report number, best first, in enum order …). A new list without one fails here.
const STATES_AN_ORDER =
  /\border(ed)?\b|report number|ascending|descending|\bfirst\b|nearest|sorted|\bby (name|report number|number|year|role|id|relationship|document|label|theme name|score)\b|\bfrom \w+ to \w+\b/i;

describe('the order of every list field', () => {
  it('when the schema\'s list fields are read, then each description states the order of the list', async () => {
    const schema = await createSchema();
    const silent = Object.values(schema.getTypeMap())
      .filter((type) => (isObjectType(type) || isInterfaceType(type)) && !type.name.startsWith('__'))
      .flatMap((type) => {
        const fields = isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()) : [];
        return fields
          .filter((field) => isListType(getNullableType(field.type)))
          .filter((field) => !STATES_AN_ORDER.test(field.description ?? ''))
          .map((field) => `${type.name}.${field.name}`);
      });
    expect(silent).toEqual([]);
  });
});
