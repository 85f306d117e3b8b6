import { createHash } from 'node:crypto';
import { getVariableValues, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { LimitFigures } from '../../../src/server/limits/limit-figures';
import { measureOperation } from '../../../src/server/limits/operation-measure';
import { createSchema } from '../../../src/server/schema';

const schemaPromise = createSchema();
const hashOf = (query: string) => createHash('sha256').update(query).digest('hex');

/** The figures the cache gives for one request, and what a fresh walk gives for the same request. */
async function both(figures: LimitFigures, query: string, variables: Record<string, unknown>) {
  const schema = await schemaPromise;
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0];
  const known = figures.document(hashOf(query), document, schema);
  const cached = figures.measure(hashOf(query), known, schema, operation, coerced.coerced);
  const fresh = measureOperation(schema, operation, known.fragments, coerced.coerced);
  return { cached, fresh, known };
}

describe('LimitFigures (the limits walk once per query text)', () => {
  it('when one document is sent with different `first:` values, then each gets the cost of its own value, also after the first is remembered', async () => {
    const figures = new LimitFigures();
    const query = 'query($n: Int!, $text: String!) { search(text: $text, first: $n) { score node { id } } }';
    const costs: number[] = [];
    for (const n of [5, 80, 5, 80]) {
      const { cached, fresh } = await both(figures, query, { n, text: 'børn' });
      expect(cached).toEqual(fresh);
      costs.push(cached.cost);
    }
    expect(costs[0]).toBeLessThan(costs[1]);
    expect(costs).toEqual([costs[0], costs[1], costs[0], costs[1]]);
    expect(figures.walks).toBe(2); // the repeats were not walked again
  });

  it('when only a variable that cannot change the cost differs, then the remembered measure is used', async () => {
    const figures = new LimitFigures();
    const query = 'query($text: String!) { search(text: $text, first: 10) { score } }';
    const first = await both(figures, query, { text: 'børn' });
    const second = await both(figures, query, { text: 'grindsted' });
    expect(first.known.costVariables).toEqual([]);
    expect(second.cached).toEqual(second.fresh);
    expect(figures.walks).toBe(1);
  });

  it('when @skip or @include takes a variable, then the measure follows its value', async () => {
    const figures = new LimitFigures();
    const query = 'query($deep: Boolean!) { initiatives { id themes @include(if: $deep) { node { name } } } }';
    const without = await both(figures, query, { deep: false });
    const withThemes = await both(figures, query, { deep: true });
    expect(without.known.costVariables).toEqual(['deep']);
    expect(without.cached).toEqual(without.fresh);
    expect(withThemes.cached).toEqual(withThemes.fresh);
    expect(withThemes.cached.cost).toBeGreaterThan(without.cached.cost);
    expect(withThemes.cached.depth).toBeGreaterThan(without.cached.depth);
  });

  it('when a list argument of a slicing name comes from a variable, then its length is part of the key', async () => {
    const figures = new LimitFigures();
    const query = 'query($ids: [ID!]!) { neighborCounts(ids: $ids) { id } }';
    const one = await both(figures, query, { ids: ['town:a'] });
    const three = await both(figures, query, { ids: ['town:a', 'town:b', 'town:c'] });
    expect(one.known.costVariables).toEqual(['ids']);
    expect([one.cached.cost, three.cached.cost]).toEqual([one.fresh.cost, three.fresh.cost]);
    expect(three.cached.cost).toBeGreaterThan(one.cached.cost);
  });

  it('when a document has fragments and aliases, then the counts are those of the document', async () => {
    const figures = new LimitFigures();
    const query = 'query A { a: themes { ...T } b: themes { ...T } } query B { strategy { name } } fragment T on Theme { id }';
    const { known } = await both(figures, query, {});
    expect([known.operations, known.aliases, [...known.fragments.keys()]]).toEqual([2, 2, ['T']]);
  });
});
