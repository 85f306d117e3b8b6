import { groupByKeys, orderByKeys } from '../../src/graph/batch';

// The DataLoader contract: as many results as keys, in the keys' order, a fallback for a miss.

interface Row {
  id: string;
  value: number;
}
const byId = (row: Row) => row.id;

describe('orderByKeys', () => {
  it('when rows come back in another order, then results follow the keys', () => {
    const rows = [{ id: 'b', value: 2 }, { id: 'a', value: 1 }];
    expect(orderByKeys(['a', 'b'], rows, byId, null)).toEqual([{ id: 'a', value: 1 }, { id: 'b', value: 2 }]);
  });

  it('when the database has nothing for a key, then that place holds the fallback', () => {
    expect(orderByKeys(['a', 'missing'], [{ id: 'a', value: 1 }], byId, null)).toEqual([{ id: 'a', value: 1 }, null]);
    expect(orderByKeys(['missing'], [], byId, [])).toEqual([[]]);
  });

  it('when a key is asked twice, then both places get the same row', () => {
    const row = { id: 'a', value: 1 };
    const results = orderByKeys(['a', 'a'], [row], byId, null);
    expect(results).toHaveLength(2);
    expect(results[0]).toBe(row);
    expect(results[1]).toBe(row);
  });

  it('when rows hold keys nobody asked for, then they are left out', () => {
    expect(orderByKeys(['a'], [{ id: 'z', value: 26 }, { id: 'a', value: 1 }], byId, null)).toEqual([{ id: 'a', value: 1 }]);
  });

  it('when a row itself is falsy, then it is still a hit, not a miss', () => {
    expect(orderByKeys([1, 2], [0, 2], (n) => (n === 0 ? 1 : n), 'miss')).toEqual([0, 2]);
  });
});

describe('groupByKeys', () => {
  it('when several rows share a key, then they go into that key\'s list in row order', () => {
    const rows = [{ id: 'a', value: 1 }, { id: 'b', value: 2 }, { id: 'a', value: 3 }];
    expect(groupByKeys(['a', 'b'], rows, byId)).toEqual([
      [{ id: 'a', value: 1 }, { id: 'a', value: 3 }],
      [{ id: 'b', value: 2 }],
    ]);
  });

  it('when a key has no rows, then its list is empty and the lists still follow the keys', () => {
    expect(groupByKeys(['none', 'a'], [{ id: 'a', value: 1 }], byId)).toEqual([[], [{ id: 'a', value: 1 }]]);
  });

  it('when no key is asked, then there is no list', () => {
    expect(groupByKeys([], [{ id: 'a', value: 1 }], byId)).toEqual([]);
  });
});
