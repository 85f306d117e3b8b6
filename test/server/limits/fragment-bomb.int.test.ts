import { postGraphQL } from '../../support/graphql-client';
import { useMiniApp } from '../../support/test-app';

/** `query { ...F0 }` with `fragment Fi on Query { ...Fi+1 ...Fi+1 }`: 2^n paths in about 40·n bytes. */
function fragmentBomb(n: number): string {
  const fragments = Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  return ['query { ...F0 }', ...fragments, `fragment F${n} on Query { themes { id } }`].join('\n');
}

// Generous: the answer takes milliseconds; a walk that re-enters each fragment at every spread
// took 10 s at n = 25 and doubles per level, so at n = 30 and 40 it cannot come in under this.
const ANSWER_BOUND_MS = 1_000;

describe('fragment bomb (issue 13, defect 1)', () => {
  const env = useMiniApp();

  it.each([30, 40])('when a fragment is spread twice per level %i levels deep, then the answer is a coded 400 within the bound', async (n) => {
    const started = Date.now();
    const { status, body } = await postGraphQL(env.app.url, fragmentBomb(n));
    const ms = Date.now() - started;
    console.log(`fragment bomb n = ${n}: ${status} ${body.errors?.[0]?.extensions?.code} in ${ms} ms`);

    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', actual: expect.any(Number) });
    expect(body.errors?.[0].extensions.actual).toBeGreaterThanOrEqual(2 ** n);
    expect(ms).toBeLessThan(ANSWER_BOUND_MS);
  });

  it('when a bomb at n = 40 is in flight, then /health and a small query are answered meanwhile', async () => {
    const bomb = postGraphQL(env.app.url, fragmentBomb(40));
    const [health, small] = await Promise.all([fetch(`${env.app.url}/health`), postGraphQL(env.app.url, '{ themes { id } }')]);
    const answered = await bomb;

    expect(health.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data.themes.length).toBeGreaterThan(0);
    expect(answered.body.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('when the spreads nest fields between them, then the depth is still counted (once per fragment)', async () => {
    const levels = 20;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Initiative { related { node { ...F${i + 1} ...F${i + 1} } } }`);
    const query = ['{ initiatives { ...F0 } }', ...fragments, `fragment F${levels} on Initiative { id }`].join('\n');

    const { status, body } = await postGraphQL(env.app.url, query);

    expect(status).toBe(400);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', actual: 2 + 2 * levels });
  });

  it('when a document has more tokens than the parser accepts, then it is refused as a parse error', async () => {
    const { status, body } = await postGraphQL(env.app.url, `{ ${'a '.repeat(20_000)}}`);
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_PARSE_FAILED' }, message: expect.stringContaining('tokens') });
  });
});
