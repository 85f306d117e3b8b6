import { LruCache } from '../../src/server/lru-cache';

describe('LruCache', () => {
  it('when more entries are stored than the budget allows, then the least recently used one is forgotten', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a'); // a is now more recent than b
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
    expect(cache.count).toBe(2);
  });

  it('when sizes are given, then the budget bounds their sum, and a value larger than the budget is not stored', () => {
    const cache = new LruCache<string, string>(10, (key, value) => key.length + value.length);
    expect(cache.set('a', '1234')).toBe(true); // 5
    expect(cache.set('b', '1234')).toBe(true); // 10
    expect(cache.set('c', '12')).toBe(true); // 3: a goes
    expect(cache.usedSize).toBe(8);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.set('d', '12345678901')).toBe(false);
    expect(cache.get('d')).toBeUndefined();
    expect(cache.usedSize).toBe(8);
  });

  it('when a key is stored again, then its old size is given back first', () => {
    const cache = new LruCache<string, string>(10, (_key, value) => value.length);
    cache.set('a', '123456');
    cache.set('a', '1234567');
    expect(cache.usedSize).toBe(7);
    expect(cache.count).toBe(1);
    cache.clear();
    expect([cache.count, cache.usedSize]).toEqual([0, 0]);
  });
});
