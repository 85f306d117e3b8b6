import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import * as cypherFiles from '../../src/db/cypher-files';
import { createSchema } from '../../src/server/schema';
import { graphFingerprint } from '../support/graph-checksum';
import { postGraphQL } from '../support/graphql-client';
import { runPool } from '../support/run-pool';
import { useMiniApp } from '../support/test-app';

// Strings an attacker would try: Cypher and Lucene injection, control characters, odd unicode, size.
const HOSTILE_STRINGS = [
  '"}) DETACH DELETE n //',
  "') MATCH (n) DETACH DELETE n //",
  'initiative:klimaplan"}) SET n.pwned = true RETURN n //',
  "x' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //",
  "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
  '`) CREATE (:Intruder) //',
  '*:* OR title:* AND NOT id:x~ "unclosed',
  '\u0000\u0001\u001b[31m',
  'Sønder Ømme 漢字 \u202e 💥 \ud83d',
  'x'.repeat(20_000),
];
const HOSTILE_OTHERS: unknown[] = [null, 0, -1, 2 ** 31, 1e308, true, [], {}, [null], { $ne: 1 }, ['"}) DETACH DELETE n //']];

/** A harmless valid value of an input type, for the arguments not under test. */
function benign(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return benign(type.ofType);
  if (isListType(type)) return [benign(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) return {};
  if (isScalarType(type)) return type.name === 'Int' || type.name === 'Float' ? 1 : type.name === 'Boolean' ? false : 'initiative:klimaplan';
  return null;
}

/** One request per (Query field, argument, hostile value); for input objects, per field of the input too. */
function hostileRequests(schema: GraphQLSchema) {
  const requests: { field: string; argument: string; query: string; variables: Record<string, unknown> }[] = [];
  const values = [...HOSTILE_STRINGS, ...HOSTILE_OTHERS];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    for (const argument of field.args) {
      const others = field.args.filter((a) => a !== argument);
      const declared = [`$v: ${String(argument.type)}`, ...others.map((a) => `$${a.name}: ${String(a.type)}`)].join(', ');
      const passed = [`${argument.name}: $v`, ...others.map((a) => `${a.name}: $${a.name}`)].join(', ');
      const query = `query(${declared}) { ${field.name}(${passed}) { __typename } }`;
      const base = Object.fromEntries(others.map((a: GraphQLArgument) => [a.name, benign(a.type)]));
      const named = getNamedType(argument.type);
      const variants: unknown[] = isInputObjectType(named)
        ? Object.keys(named.getFields()).flatMap((key) => values.map((value) => ({ [key]: value })))
        : isListType(isNonNullType(argument.type) ? argument.type.ofType : argument.type)
          ? [...values, ...HOSTILE_STRINGS.map((s) => [s])]
          : values;
      for (const v of variants) requests.push({ field: field.name, argument: argument.name, query, variables: { ...base, v } });
    }
  }
  return requests;
}

describe('no API path writes to the graph', () => {
  const env = useMiniApp();
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });

  it('then the schema has no mutations or subscriptions, and a mutation is refused', async () => {
    expect(schema.getMutationType()).toBeUndefined();
    expect(schema.getSubscriptionType()).toBeUndefined();
    const { body } = await postGraphQL(env.app.url, 'mutation { deleteAll }');
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0].message).toMatch(/not configured to execute mutation/i);
  });

  it('when hostile values are sent in every argument of every Query field, then nothing changes and nothing crashes', async () => {
    const before = await graphFingerprint(env.database);
    const requests = hostileRequests(schema);
    const coveredArguments = new Set(requests.map((r) => `${r.field}.${r.argument}`));
    const allArguments = Object.values(schema.getQueryType()!.getFields()).flatMap((f) => f.args.map((a) => `${f.name}.${a.name}`));
    expect([...coveredArguments].sort()).toEqual(allArguments.sort());
    let cypherRuns = 0;
    const stop = env.database.onQuery(() => (cypherRuns += 1));

    const statuses = await runPool(requests, 8, async (request) => {
      const { status, body } = await postGraphQL(env.app.url, request.query, request.variables);
      return { status, codes: (body.errors ?? []).map((e: any) => e.extensions?.code) };
    });
    stop();

    // Every request got a coded answer, none a server error: bad values are refused, odd strings looked up.
    expect(statuses.filter((s) => s.status >= 500)).toEqual([]);
    expect(statuses.flatMap((s) => s.codes).filter((code) => !['BAD_USER_INPUT', 'NOT_FOUND', 'GRAPHQL_VALIDATION_FAILED'].includes(code))).toEqual([]);
    // Many hostile strings did reach Cypher (as parameters): the test exercises the database path.
    expect(requests.length).toBeGreaterThan(500);
    expect(cypherRuns).toBeGreaterThan(50);
    expect(await graphFingerprint(env.database)).toEqual(before);
  });

  it('when a write statement runs through the read path, then Neo4j itself refuses it (READ access mode)', async () => {
    const before = await graphFingerprint(env.database);
    // Stand-in for a query file that was edited to write: the text changes, the real read path runs it.
    const spy = jest.spyOn(cypherFiles, 'cypher').mockReturnValue('CREATE (n:Intruder) RETURN count(n) AS initiatives');
    try {
      await expect(env.database.read('health/ready')).rejects.toThrow(/read access mode|AccessMode/i);
    } finally {
      spy.mockRestore();
    }
    expect(await graphFingerprint(env.database)).toEqual(before);
  });
});
