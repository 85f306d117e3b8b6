import { getNamedType, getNullableType, isCompositeType, isListType, isObjectType, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { MAX_PAGE_SIZE } from '../../../src/graph/common/argument-limits';
import { fieldCost, UNDECLARED_LIST_SIZE } from '../../../src/server/limits/list-sizes';
import { measureOperation } from '../../../src/server/limits/operation-measure';
import { createSchema } from '../../../src/server/schema';

const schemaPromise = createSchema();

async function costOf(query: string, variables: Record<string, unknown> = {}): Promise<number> {
  const schema = await schemaPromise;
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  return measureOperation(schema, operation, fragments, variables).cost;
}

describe('cost directives in the schema', () => {
  it('when the schema is built, then every list of objects declares its size with @listSize (none falls back to a guess)', async () => {
    const schema = await schemaPromise;
    const undeclared: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const listOfObjects = isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type));
        const declared = field.astNode?.directives?.some((d) => d.name.value === 'listSize');
        if (listOfObjects && !declared) undeclared.push(`${type.name}.${field.name}`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('when a @listSize names sizedFields, then each is a list field of the field\'s type', async () => {
    const schema = await schemaPromise;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const target = getNamedType(field.type);
        for (const name of fieldCost(field).sizedFields) {
          expect(isObjectType(target) && isListType(getNullableType(target.getFields()[name]?.type))).toBe(true);
        }
      }
    }
  });

  it('when a list field has no @listSize (a field added without one), then it counts as the largest answer, not a small guess', async () => {
    const schema = await schemaPromise;
    const field = { ...(schema.getQueryType()!.getFields().initiatives), astNode: undefined };
    expect(fieldCost(field).size({})).toBe(UNDECLARED_LIST_SIZE);
  });

  it('when the SDL is printed, then the directives are in it (clients and tools read the same costs)', async () => {
    const { printSortedSchema } = await import('../../../src/server/schema');
    const sdl = printSortedSchema(await schemaPromise);
    expect(sdl).toContain('directive @listSize(');
    expect(sdl).toMatch(/search\([\s\S]*?\): \[SearchHit!\]! @listSize\(assumedSize: 100, slicingArguments: \["first"\]\) @cost\(weight: 20\)/);
  });
});

describe('the cost estimate reads the directives', () => {
  it('when `first` slices a list, then the cost grows with it, and a value above assumedSize counts as assumedSize', async () => {
    const query = 'query($n: Int!) { search(text: "x", first: $n) { score } }';
    expect(await costOf(query, { n: 1 })).toBe(20 + 1);
    expect(await costOf(query, { n: 50 })).toBe(20 + 50);
    expect(await costOf(query, { n: 10_000 })).toBe(20 + MAX_PAGE_SIZE);
  });

  it('when a page sizes its edges (sizedFields), then the size multiplies the edges once, not totalCount or pageInfo', async () => {
    const cost = await costOf('{ initiativesPage(first: 5) { totalCount pageInfo { hasNextPage } edges { cursor } } }');
    // initiativesPage 1 + totalCount 1 + pageInfo (1 + 1) + edges (1 + 5 × cursor 1)
    expect(cost).toBe(1 + 1 + 2 + (1 + 5));
  });

  it('when a list argument slices (ids), then its length is the size', async () => {
    const ids = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => `town:t${i}`));
    expect(await costOf(`{ neighborCounts(ids: ${ids(3)}) { id } }`)).toBe(1 + 3 * 1);
  });

  it('when nested link lists are asked, then each multiplies what is below it by its declared size', async () => {
    expect(await costOf('{ initiatives { themes { node { name } } } }')).toBe(1 + 100 * (1 + 10 * (1 + 1)));
  });
});
