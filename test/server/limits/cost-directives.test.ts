import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  parse,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { schemaFile } from '../../../src/paths';
import { MAX_PAGE_SIZE } from '../../../src/graph/common/argument-limits';
import { fieldCost, UNDECLARED_LIST_SIZE } from '../../../src/server/limits/list-sizes';
import { measureOperation } from '../../../src/server/limits/operation-measure';
import { createSchema } from '../../../src/server/schema';

const schemaPromise = createSchema();

async function costOf(query: string, variables: Record<string, unknown> = {}, against?: GraphQLSchema): Promise<number> {
  const schema = against ?? (await schemaPromise);
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

describe('the published cost model (schema/schema.graphql) is the enforced one', () => {
  // The SDL as clients, gateways and demand-control tools read it: built from the committed file alone.
  const published = buildSchema(readFileSync(schemaFile, 'utf8'));

  /** A field's cost as the limits read it, with its size at a few argument values. */
  const costModel = (field: Parameters<typeof fieldCost>[0]) => {
    const cost = fieldCost(field);
    const probes = [{}, ...cost.slicingArguments.flatMap((name) => [{ [name]: 3 }, { [name]: 10_000 }, { [name]: ['a', 'b', 'c', 'd'] }])];
    return { weight: cost.weight, sizedFields: cost.sizedFields, slicingArguments: cost.slicingArguments, sizes: probes.map((args) => cost.size(args)) };
  };

  it('when every field of the served schema is looked up in the committed SDL, then it is there with the same @cost and @listSize figures', async () => {
    const served = await schemaPromise;
    const differences: string[] = [];
    let compared = 0;
    for (const type of Object.values(served.getTypeMap())) {
      if ((!isObjectType(type) && !isInterfaceType(type)) || type.name.startsWith('__')) continue;
      const publishedType = published.getType(type.name);
      for (const field of Object.values(type.getFields())) {
        const publishedField = publishedType && (isObjectType(publishedType) || isInterfaceType(publishedType)) ? publishedType.getFields()[field.name] : undefined;
        compared += 1;
        if (!publishedField) differences.push(`${type.name}.${field.name}: missing from schema/schema.graphql`);
        else if (JSON.stringify(costModel(field)) !== JSON.stringify(costModel(publishedField))) differences.push(`${type.name}.${field.name}`);
      }
    }
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(300);
  });

  it('when a query is measured against the committed SDL, then its cost is the one the service enforces', async () => {
    for (const [query, variables] of [
      ['{ initiatives { themes { node { name } } partners { node { name } evidence { quote } } } }', {}],
      ['query($n: Int!) { initiativesPage(first: $n) { totalCount edges { node { towns { node { name } } } } } }', { n: 7 }],
      ['{ search(text: "x", first: 30) { node { id } } neighborhood(id: "theme:x", depth: 2) { nodes { id } edges { id } } }', {}],
    ] as const) {
      expect(await costOf(query, variables, published)).toBe(await costOf(query, variables));
    }
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
