import { readFileSync } from 'node:fs';
import type { GraphQLObjectType } from 'graphql';
import { possibleTypesFile, schemaFile } from '../../src/paths';
import { possibleTypes, printPossibleTypes } from '../../src/server/possible-types';
import { createSchema, printSortedSchema } from '../../src/server/schema';

describe('field resolvers', () => {
  it('when a field is a plain property, then graphql-js reads it with its default resolver (no TypeGraphQL wrapper); a @FieldResolver keeps its resolver', async () => {
    const initiative = (await createSchema()).getType('Initiative') as GraphQLObjectType;
    const fields = initiative.getFields();
    expect([fields.title.resolve, fields.number.resolve, fields.id.resolve]).toEqual([undefined, undefined, undefined]);
    expect(typeof fields.themes.resolve).toBe('function');
  });

  it('when a field has another name in the schema than its property (Partner.kind is bodyKind), then it keeps the resolver that reads the property', async () => {
    const partner = (await createSchema()).getType('Partner') as GraphQLObjectType;
    const kind = partner.getFields().kind;
    expect(kind.resolve?.({ kind: 'organisation', bodyKind: 'BODY' }, {}, {}, {} as never)).toBe('BODY');
  });
});

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
      'Committee', 'Indicator', 'Initiative', 'Partner', 'Recommendation', 'Result', 'Strategy', 'Theme', 'Town', 'Unit', 'Year',
    ]);
  });
});
