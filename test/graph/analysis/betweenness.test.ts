import { betweenness } from '../../../src/graph/analysis/betweenness';

const close = (actual: Map<string, number>, expected: Record<string, number>) => {
  expect([...actual.keys()].sort()).toEqual(Object.keys(expected).sort());
  for (const [node, value] of Object.entries(expected)) expect(actual.get(node)).toBeCloseTo(value, 10);
};

describe('betweenness (Brandes, undirected, normalised)', () => {
  it('when the graph is a path a–b–c, then b has 1 and the ends 0', () => {
    close(betweenness([['a', 'b'], ['b', 'c']]), { a: 0, b: 1, c: 0 });
  });

  it('when the graph is a star, then the hub has 1 and the leaves 0', () => {
    close(betweenness([['h', '1'], ['h', '2'], ['h', '3'], ['h', '4']]), { h: 1, 1: 0, 2: 0, 3: 0, 4: 0 });
  });

  it('when the graph is a 4-cycle, then each node carries half of one opposite pair: 0.5 / 3 pairs', () => {
    close(betweenness([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a']]), { a: 1 / 6, b: 1 / 6, c: 1 / 6, d: 1 / 6 });
  });

  it('when the graph is a path of 6, then node k has (k-1)(6-k) / 10', () => {
    // The mini fixture's partner graph: dgi – fritidsjob – kirkbi – klimaplan – region – sundhedshus.
    const result = betweenness([
      ['klimaplan', 'region'],
      ['klimaplan', 'kirkbi'],
      ['fritidsjob', 'kirkbi'],
      ['fritidsjob', 'dgi'],
      ['sundhedshus', 'region'],
    ]);
    close(result, { dgi: 0, fritidsjob: 0.4, kirkbi: 0.6, klimaplan: 0.6, region: 0.4, sundhedshus: 0 });
  });

  it('when edges repeat or the graph has two components, then paths are counted once and only within a component', () => {
    // a–b–c and d–e: only b lies between a pair (a, c); 5 nodes → 6 pairs of others for b.
    close(betweenness([['a', 'b'], ['b', 'a'], ['b', 'c'], ['d', 'e']]), { a: 0, b: 1 / 6, c: 0, d: 0, e: 0 });
  });

  it('when the graph has fewer than three nodes, then every value is 0', () => {
    close(betweenness([['a', 'b']]), { a: 0, b: 0 });
    expect(betweenness([]).size).toBe(0);
  });
});
