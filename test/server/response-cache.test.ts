import { cacheableRequest, isStorable, matchesEtag, ResponseCache } from '../../src/server/response-cache';

const request = (variables: unknown) => cacheableRequest({ query: '{ x }', variables }, 'application/json')!;

/** A cache whose fingerprint reads are counted and resolved by the test. */
function cacheWithReads(maxAgeMs: number, maxBytes = 10_000) {
  const reads: Array<(fingerprint: string | null) => void> = [];
  const cache = new ResponseCache({ maxBytes, fingerprintMaxAgeMs: maxAgeMs }, () => new Promise((resolve) => reads.push(resolve)));
  return { cache, reads };
}

describe('ResponseCache', () => {
  it('when the same request comes with its variables in another order, then the key is the same; other values, another fingerprint or Accept give another key', () => {
    const { cache } = cacheWithReads(0);
    const key = cache.keyOf('f1', request({ a: 1, b: { c: 2, d: 3 } }));
    expect(cache.keyOf('f1', request({ b: { d: 3, c: 2 }, a: 1 }))).toBe(key);
    expect(cache.keyOf('f1', request({ a: 2, b: { c: 2, d: 3 } }))).not.toBe(key);
    expect(cache.keyOf('f2', request({ a: 1, b: { c: 2, d: 3 } }))).not.toBe(key);
    expect(cache.keyOf('f1', { ...request({ a: 1, b: { c: 2, d: 3 } }), accept: 'application/graphql-response+json' })).not.toBe(key);
  });

  it('when requests arrive while the fingerprint is being read, then they share one read; after the max age it is read again', async () => {
    let now = 1_000;
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => now);
    try {
      const { cache, reads } = cacheWithReads(1_000);
      const both = Promise.all([cache.fingerprint(), cache.fingerprint()]);
      expect(reads.length).toBe(1);
      reads[0]('f1');
      expect(await both).toEqual(['f1', 'f1']);
      now += 999;
      expect(await cache.fingerprint()).toBe('f1');
      expect(reads.length).toBe(1);
      now += 1;
      const later = cache.fingerprint();
      expect(reads.length).toBe(2);
      reads[1]('f2');
      expect(await later).toBe('f2');
    } finally {
      clock.mockRestore();
    }
  });

  it('when the fingerprint cannot be read, then it is null (nothing is cached) rather than an error', async () => {
    const cache = new ResponseCache({ maxBytes: 1_000, fingerprintMaxAgeMs: 0 }, () => Promise.reject(new Error('Neo4j is away')));
    await expect(cache.fingerprint()).resolves.toBeNull();
  });

  it('when answers exceed the byte budget, then the least recently used go, and the bytes held stay within it', () => {
    const { cache } = cacheWithReads(0, 3_000);
    for (let i = 0; i < 5; i++) cache.store(`k${i}`, `{"data":{"x":"${'a'.repeat(800)}"}}`, 'application/json');
    expect(cache.usedBytes).toBeLessThanOrEqual(3_000);
    expect(cache.get('k0')).toBeUndefined();
    expect(cache.get('k4')?.body.toString()).toContain('aaa');
  });
});

describe('what the response cache takes and keeps', () => {
  it('when an answer is a 200 with data only, then it is kept; with errors (also partial data), another status or no data, it is not', () => {
    expect(isStorable(200, '{"data":{"x":1}}')).toBe(true);
    expect(isStorable(undefined, '{"data":{"x":1}}')).toBe(true);
    expect(isStorable(200, '{"data":{"x":null},"errors":[{"message":"m"}]}')).toBe(false);
    expect(isStorable(200, '{"errors":[{"message":"m"}],"data":null}')).toBe(false);
    expect(isStorable(400, '{"data":{"x":1}}')).toBe(false);
    expect(isStorable(503, '{"errors":[]}')).toBe(false);
  });

  it('when a body is not a JSON object with a query string (a batch, a text body, no query), then the cache does not take it', () => {
    expect(cacheableRequest([{ query: '{ x }' }], undefined)).toBeUndefined();
    expect(cacheableRequest('{ x }', undefined)).toBeUndefined();
    expect(cacheableRequest({ variables: {} }, undefined)).toBeUndefined();
    expect(cacheableRequest({ query: '{ x }' }, undefined)).toEqual({ query: '{ x }', variables: null, operationName: null, extensions: null, accept: '' });
  });

  it('when If-None-Match lists the ETag (also weak, or among others), then it matches; `*` and other tags do not', () => {
    expect(matchesEtag('"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('W/"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('"x", "abc"', '"abc"')).toBe(true);
    expect(matchesEtag('*', '"abc"')).toBe(false);
    expect(matchesEtag('"abd"', '"abc"')).toBe(false);
    expect(matchesEtag(undefined, '"abc"')).toBe(false);
  });
});
