import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as ops from '../../../explorer/src/generated/operations';
import { DEFAULT_LIMITS } from '../../../src/config';
import { MAX_NODES } from '../../../src/graph/paths/paths.resolver';
import { projectRoot } from '../../../src/paths';
import { postGraphQL } from '../../support/graphql-client';
import { startTestApp, useMiniApp } from '../../support/test-app';

/** Every query of the README cookbook: each ```graphql block, one operation per top-level `{`. */
function cookbookQueries(): string[] {
  const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.flatMap((block) => block.split(/\n(?=\{)/).map((q) => q.trim()).filter(Boolean));
}

// What analysts ask at the documented maxima of the arguments.
const ANALYST_QUERIES = [
  '{ neighborhood(id: "theme:rettidig-velfaerd", depth: 3) { truncated nodes { id label slug __typename } edges { id type from to event evidence { page quote basis rationale } } } }',
  '{ connection(from: "organisation:kirkbi", to: "organisation:region-syddanmark", maxHops: 6) { length nodes { id label __typename } edges { id type from to evidence { page quote basis } } } }',
  `{ initiativesPage(first: 100) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node {
      id title number status partners { node { id name type } evidence { page quote basis rationale } } } } } }`,
  '{ initiatives { id title themes { node { name } evidence { basis } } towns { node { name } } partners { node { name } evidence { page quote } } } }',
  '{ search(text: "grindsted", first: 100) { node { id label __typename } field snippet score } }',
];

// Every operation of the explorer, as it sends it (the generated documents of explorer/src/operations.graphql),
// with its variables at their largest: a view the explorer redraws may hold up to MAX_NODES entities, whose
// neighbour counts it asks for in parts of 250 ids (explorer/src/queries.ts).
const ids = (n: number) => Array.from({ length: n }, (_, i) => `initiative:example-${i}`);
const EXPLORER_OPERATIONS: [string, { toString(): string }, Record<string, unknown>][] = [
  ['Boot', ops.BootDocument, {}],
  ['Search', ops.SearchDocument, { text: 'grindsted' }],
  ['NeighbourIds', ops.NeighbourIdsDocument, { id: 'theme:rettidig-velfaerd', types: null }],
  ['Subgraph', ops.SubgraphDocument, { ids: ids(MAX_NODES) }],
  ['NeighbourCounts', ops.NeighbourCountsDocument, { ids: ids(250) }],
  ['ShortestPaths', ops.ShortestPathsDocument, { from: 'organisation:kirkbi', to: 'organisation:region-syddanmark' }],
  ['PartnersSpanning', ops.PartnersSpanningDocument, { min: 1, after: null }],
  ['ThemeTownCoverage', ops.ThemeTownCoverageDocument, {}],
  ['TraceIds', ops.TraceIdsDocument, { themeId: 'theme:rettidig-velfaerd' }],
  ['NodeDetails', ops.NodeDetailsDocument, { id: 'initiative:001' }],
  ['Timeline', ops.TimelineDocument, {}],
  ['ResultsOfInitiatives', ops.ResultsOfInitiativesDocument, {}],
  ['Passage', ops.PassageDocument, { id: 'passage:example' }],
  ['InitiativePassages', ops.InitiativePassagesDocument, { id: 'initiative:001' }],
  ['Source', ops.SourceDocument, { document: 'document:report', start: 0, end: 100 }],
  // The "Fra strategi til resultat" view: a whole theme's chain, every claim with its evidence.
  ['ResultsChain', ops.ResultsChainDocument, { themeId: 'rettidig-velfaerd' }],
];

// A valid selection `depth` fields deep: initiatives → related → node → related → node → ... → a scalar.
function nest(depth: number): string {
  const path = ['initiatives'];
  for (let i = 0; path.length < depth - 1; i++) path.push(i % 2 === 0 ? 'related' : 'node');
  const leaf = path[path.length - 1] === 'related' ? 'event' : 'id';
  return `${path.join(' { ')} { ${leaf} ${'}'.repeat(path.length)}`;
}

describe('query limits (real HTTP server, default limits)', () => {
  const env = useMiniApp();

  it.each(cookbookQueries().map((q) => [q.slice(0, 60), q]))('when a README cookbook query is sent (%s...), then no limit refuses it', async (_name, query) => {
    const { body } = await postGraphQL(env.app.url, query);
    const codes = (body.errors ?? []).map((e: any) => e.extensions.code);
    expect(codes).not.toEqual(expect.arrayContaining([expect.stringMatching(/QUERY_TOO|TOO_MANY/)]));
    expect(codes.filter((c: string) => c !== 'NOT_FOUND')).toEqual([]); // the mini graph lacks some cookbook ids
  });

  it('when the cookbook is read, then it has all its queries (so the test above cannot pass empty)', () => {
    expect(cookbookQueries().length).toBeGreaterThanOrEqual(8);
  });

  it.each(ANALYST_QUERIES.map((q) => [q.slice(0, 50), q]))('when an analyst query at the argument maxima is sent (%s...), then no limit refuses it', async (_name, query) => {
    const { body } = await postGraphQL(env.app.url, query);
    const codes = (body.errors ?? []).map((e: any) => e.extensions.code);
    expect(codes.filter((c: string) => c !== 'NOT_FOUND')).toEqual([]);
  });

  it.each(EXPLORER_OPERATIONS)('when the explorer\'s %s operation is sent at the argument maxima, then no limit refuses it', async (_name, document, variables) => {
    const { body } = await postGraphQL(env.app.url, document.toString(), variables);
    const codes = (body.errors ?? []).map((e: any) => e.extensions.code);
    expect(codes.filter((c: string) => c !== 'NOT_FOUND')).toEqual([]);
  });

  it('when the explorer\'s documents are counted, then every generated operation is sent above (a new one cannot be left out)', () => {
    const generated = Object.keys(ops).filter((name) => name.endsWith('Document')).map((name) => name.replace(/Document$/, ''));
    expect(EXPLORER_OPERATIONS.map(([name]) => name).sort()).toEqual(generated.sort());
  });

  it('when a query is one level deeper than QUERY_MAX_DEPTH, then it is refused with QUERY_TOO_DEEP naming the limit; at the limit it runs', async () => {
    const atLimit = await postGraphQL(env.app.url, `{ ${nest(DEFAULT_LIMITS.maxDepth)} }`);
    expect(atLimit.body.errors?.map((e: any) => e.extensions.code) ?? []).not.toContain('QUERY_TOO_DEEP');

    const { status, body } = await postGraphQL(env.app.url, `{ ${nest(DEFAULT_LIMITS.maxDepth + 1)} }`);

    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]).toMatchObject({
      message: `The query depth is ${DEFAULT_LIMITS.maxDepth + 1}, above the limit of ${DEFAULT_LIMITS.maxDepth} (QUERY_MAX_DEPTH)`,
      extensions: { code: 'QUERY_TOO_DEEP', limit: DEFAULT_LIMITS.maxDepth, actual: DEFAULT_LIMITS.maxDepth + 1 },
    });
  });

  it('when the depth hides in nested fragments, then it is still counted', async () => {
    const query = `query { ...A } fragment A on Query { initiatives { ...B } } fragment B on Initiative { themes { node { initiatives { node { ...B2 } } } } }
      fragment B2 on Initiative { themes { node { initiatives { node { themes { node { initiatives { node { id } } } } } } } } }`;
    const { body } = await postGraphQL(env.app.url, query);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', actual: 14 });
  });

  it('when nested lists multiply beyond QUERY_MAX_COST, then it is refused with QUERY_TOO_COMPLEX before any Cypher runs', async () => {
    const queries: string[] = [];
    const stop = env.database.onQuery((name) => queries.push(name));
    const { status, body } = await postGraphQL(
      env.app.url,
      '{ initiatives { partners { node { initiatives { node { partners { node { initiatives { node { title } } } } } } } } } }',
    );
    stop();
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: DEFAULT_LIMITS.maxCost });
    expect(body.errors?.[0].message).toMatch(/estimated query cost is \d+, above the limit of \d+ \(QUERY_MAX_COST\)/);
    expect(queries).toEqual([]);
  });

  it('when the page size comes from a variable, then the cost uses its value', async () => {
    const query = 'query($n: Int!) { search(text: "klima", first: $n) { node { ... on Initiative { partners { node { initiatives { node { themes { node { name } } } } } } } } } }';
    const small = await postGraphQL(env.app.url, query, { n: 1 });
    expect(small.body.errors).toBeUndefined();
    const large = await postGraphQL(env.app.url, query, { n: 100 });
    expect(large.body.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('when a page size above its maximum is asked, then the resolver names the argument (BAD_USER_INPUT), not the cost limit', async () => {
    const { body } = await postGraphQL(env.app.url, '{ search(text: "klima", first: 1000000) { score } }');
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('when more aliases than QUERY_MAX_ALIASES are used, then it is refused with TOO_MANY_ALIASES', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: themes { id }`).join(' ')} }`;
    expect((await postGraphQL(env.app.url, aliases(DEFAULT_LIMITS.maxAliases))).body.errors).toBeUndefined();
    const { status, body } = await postGraphQL(env.app.url, aliases(DEFAULT_LIMITS.maxAliases + 1));
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_ALIASES' }, message: expect.stringContaining('QUERY_MAX_ALIASES') });
  });

  it('when a document holds more operations than QUERY_MAX_OPERATIONS, then it is refused with TOO_MANY_OPERATIONS', async () => {
    const doc = Array.from({ length: DEFAULT_LIMITS.maxOperations + 1 }, (_, i) => `query q${i} { themes { id } }`).join('\n');
    const response = await fetch(`${env.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: doc, operationName: 'q0' }),
    });
    const body = (await response.json()) as any;
    expect(response.status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_OPERATIONS' }, message: expect.stringContaining('QUERY_MAX_OPERATIONS') });
  });

  it('when a batch (JSON array of operations) is sent, then it is refused as a bad request', async () => {
    const response = await fetch(`${env.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ themes { id } }' }, { query: '{ towns { id } }' }]),
    });
    const body = (await response.json()) as any;
    expect(response.status).toBe(400);
    expect(body.errors?.[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('when one document is sent again with a larger `first:` variable, then the remembered figures do not let it pass, and the smaller one still runs', async () => {
    const strict = await startTestApp(env.database, false, { limits: { ...DEFAULT_LIMITS, maxCost: 50 } });
    const query = 'query ($n: Int!) { search(text: "grindsted", first: $n) { score } }'; // cost 20 + n
    const codes = async (n: number) => ((await postGraphQL(strict.url, query, { n })).body.errors ?? []).map((e: any) => e.extensions.code);
    try {
      expect(await codes(10)).toEqual([]);
      expect(await codes(40)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(await codes(10)).toEqual([]);
      expect(await codes(40)).toEqual(['QUERY_TOO_COMPLEX']);
    } finally {
      await strict.stop();
    }
  });

  it('when limits are configured lower, then the configured values apply', async () => {
    const strict = await startTestApp(env.database, false, { limits: { maxDepth: 2, maxCost: 50, maxAliases: 0, maxOperations: 1 } });
    try {
      expect((await postGraphQL(strict.url, '{ themes { initiatives { node { id } } } }')).body.errors?.[0].extensions.code).toBe('QUERY_TOO_DEEP');
      expect((await postGraphQL(strict.url, '{ initiatives { id } }')).body.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect((await postGraphQL(strict.url, '{ t: themes { id } }')).body.errors?.[0].extensions.code).toBe('TOO_MANY_ALIASES');
      expect((await postGraphQL(strict.url, '{ strategy { name } }')).body.errors).toBeUndefined();
    } finally {
      await strict.stop();
    }
  });
});
