import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** mulberry32: a tiny seeded PRNG, so that a failing fuzz run can be replayed from its seed. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  return { next, int, pick, chance: (p: number) => next() < p };
}
export type Random = ReturnType<typeof prng>;

export interface FuzzCase {
  kind: 'valid' | 'invalid' | 'deep' | 'wide' | 'variables' | 'fragments';
  body: unknown;
}

const IDS = ['klimaplan', 'initiative:klimaplan', 'town:grindsted', 'organisation:kirkbi', 'theme:staerke-byer', 'kirkbi', 'nope', ''];
const STRINGS = ['klima', 'grindsted', 'sønder omme', '"}) DETACH DELETE n //', '*', 'x'.repeat(500), '\u0000', '漢字'];

function literal(type: GraphQLInputType, r: Random, depth = 0): string {
  if (isNonNullType(type)) return literal(type.ofType, r, depth);
  if (isListType(type)) return `[${Array.from({ length: r.int(3) }, () => literal(type.ofType, r, depth + 1)).join(', ')}]`;
  if (isEnumType(type)) return r.pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    if (depth > 2) return '{}';
    const fields = Object.values(type.getFields()).filter(() => r.chance(0.4));
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type, r, depth + 1)}`).join(', ')} }`;
  }
  const name = getNamedType(type).name;
  if (name === 'Int') return String(r.pick([1, 2, 3, 5, 20, 100, 0, -1, 1000]));
  if (name === 'Float') return String(r.next() * 10);
  if (name === 'Boolean') return r.chance(0.5) ? 'true' : 'false';
  return JSON.stringify(name === 'ID' ? r.pick(IDS) : r.pick(STRINGS));
}

function args(field: GraphQLField<unknown, unknown>, r: Random): string {
  const chosen = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined ? true : r.chance(0.4));
  return chosen.length ? `(${chosen.map((a) => `${a.name}: ${literal(a.type, r)}`).join(', ')})` : '';
}

/** A random selection on `type`, up to `depth` levels: some scalar fields, some nested ones. */
function selection(type: GraphQLNamedType, r: Random, depth: number, schema: GraphQLSchema): string {
  if (isInterfaceType(type)) {
    const impl = r.pick(schema.getPossibleTypes(type));
    return `{ __typename id ... on ${impl.name} ${selection(impl, r, depth, schema)} }`;
  }
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields());
  const parts: string[] = [];
  for (const field of fields) {
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      if (r.chance(0.5)) parts.push(`${field.name}${args(field, r)}`);
    } else if (depth > 0 && r.chance(0.3)) {
      parts.push(`${field.name}${args(field, r)} ${selection(named, r, depth - 1, schema)}`);
    }
  }
  if (parts.length === 0) parts.push('__typename');
  return `{ ${parts.join(' ')} }`;
}

function validQuery(schema: GraphQLSchema, r: Random): string {
  const field = r.pick(Object.values(schema.getQueryType()!.getFields()));
  const named = getNamedType(field.type);
  return `{ ${field.name}${args(field, r)} ${isLeafType(named) ? '' : selection(named, r, 1 + r.int(4), schema)} }`;
}

/** Damages a query: drops, repeats or swaps characters, or splices in stray tokens. */
function invalidQuery(schema: GraphQLSchema, r: Random): string {
  let text = validQuery(schema, r);
  for (let i = 0; i < 1 + r.int(4); i++) {
    const at = r.int(text.length);
    const op = r.int(4);
    if (op === 0) text = text.slice(0, at) + text.slice(at + 1 + r.int(5));
    else if (op === 1) text = text.slice(0, at) + r.pick(['{', '}', '(', ')', '$', '@', '...', '"', ':', '!', '#', 'mutation', 'subscription', '\\u']) + text.slice(at);
    else if (op === 2) text = text.slice(0, at) + text.slice(at, at + 10).repeat(1 + r.int(5)) + text.slice(at);
    else text = text.replace(/[a-z]+/, r.pick(['unknownField', 'initiativez', '__schema', 'node']));
  }
  return text;
}

function deepQuery(r: Random): string {
  const shape = r.int(3);
  const depth = 13 + r.int(200);
  if (shape === 0) {
    const path = ['initiatives', ...Array.from({ length: depth }, (_, i) => (i % 2 === 0 ? 'related' : 'node'))];
    return `{ ${path.join(' { ')} { __typename ${'}'.repeat(path.length)} }`;
  }
  // Only brackets: the parser must refuse it without running out of stack.
  if (shape === 1) return `${'{ a '.repeat(depth * 20)}${'}'.repeat(depth * 20)}`;
  return `query { ${'...on Query { '.repeat(depth)}themes { id }${' }'.repeat(depth)} }`;
}

function wideQuery(r: Random): string {
  const n = 10 + r.int(300);
  const shape = r.int(3);
  if (shape === 0) return `{ ${Array.from({ length: n }, (_, i) => `a${i}: initiative(id: "klimaplan") { title }`).join(' ')} }`;
  if (shape === 1) return `{ initiatives { ${'title '.repeat(n * 10)} } }`;
  return Array.from({ length: 1 + r.int(30) }, (_, i) => `query q${i} { themes { id } }`).join('\n');
}

/**
 * A fragment bomb: `n` fragments, each spreading the next `fan` times, so that a walk that re-enters
 * a fragment at every spread takes fan^n steps (defect 1 of issue 13). Some shapes nest fields
 * between the spreads, alias them, hide them in inline fragments or close a cycle.
 */
export function fragmentBomb(r: Random): string {
  const n = 10 + r.int(60);
  const fan = 2 + r.int(3);
  const shape = r.int(5);
  const spreads = (i: number) => Array.from({ length: fan }, () => `...F${i + 1}`).join(' ');
  // [the operation, fragment i's type and selection, the last fragment]
  const shapes: Array<[string, (i: number) => string, string]> = [
    ['query { ...F0 }', (i) => `on Query { ${spreads(i)} }`, 'on Query { themes { id } }'],
    ['{ initiatives { ...F0 } }', (i) => `on Initiative { related { node { ${spreads(i)} } } }`, 'on Initiative { id }'],
    [
      'query { ...F0 }',
      (i) => (i === 0 ? `on Query { ${Array.from({ length: fan }, (_, k) => `a${k}: initiatives { ...F1 }`).join(' ')} }` : `on Initiative { ${spreads(i)} }`),
      'on Initiative { id }',
    ],
    ['query { ...F0 }', (i) => `on Query { ... on Query { ${spreads(i)} } }`, 'on Query { themes { id } }'],
    // A cycle: validation refuses it; nothing may recurse forever before that.
    ['query { ...F0 }', (i) => `on Query { ${spreads(i)} }`, 'on Query { ...F0 }'],
  ];
  const [operation, fragment, last] = shapes[shape];
  return [operation, ...Array.from({ length: n }, (_, i) => `fragment F${i} ${fragment(i)}`), `fragment F${n} ${last}`].join('\n');
}

const RANDOM_VALUES: unknown[] = [null, 0, -1, 1, 100, 2 ** 53, 1.5, 'x', '', 'klimaplan', true, [], [1, 'a'], {}, { text: 'klima' }, 'x'.repeat(5_000)];

function variablesCase(r: Random): unknown {
  const query = r.pick([
    'query($id: ID!) { initiative(id: $id) { title } }',
    'query($n: Int!, $t: String!) { search(text: $t, first: $n) { score } }',
    'query($f: InitiativeFilter, $n: Int!) { initiativesPage(filter: $f, first: $n) { totalCount } }',
    'query($from: ID!, $to: ID!, $h: Int!) { connection(from: $from, to: $to, maxHops: $h) { length } }',
    'query($d: Int!, $id: ID!, $k: [NodeKind!]) { neighborhood(id: $id, depth: $d, types: $k) { truncated } }',
  ]);
  const names = [...query.matchAll(/\$(\w+):/g)].map((m) => m[1]);
  const variables = Object.fromEntries(names.map((name) => [name, r.pick(RANDOM_VALUES)]));
  return r.chance(0.1) ? { query, variables: r.pick(RANDOM_VALUES) } : { query, variables };
}

/** `count` request bodies of every kind, reproducible from `seed`. */
export function generateCases(schema: GraphQLSchema, seed: number, count: number): FuzzCase[] {
  const r = prng(seed);
  return Array.from({ length: count }, (): FuzzCase => {
    const roll = r.next();
    if (roll < 0.4) return { kind: 'valid', body: { query: validQuery(schema, r) } };
    if (roll < 0.65) return { kind: 'invalid', body: r.chance(0.1) ? r.pick(['', '[]', 'null', '{"query": 5}', '{"query":']) : { query: invalidQuery(schema, r) } };
    if (roll < 0.75) return { kind: 'deep', body: { query: deepQuery(r) } };
    if (roll < 0.85) return { kind: 'wide', body: { query: wideQuery(r) } };
    if (roll < 0.95) return { kind: 'variables', body: variablesCase(r) };
    return { kind: 'fragments', body: { query: fragmentBomb(r) } };
  });
}

/**
 * An overload burst: `size` heavy but valid queries sent at once (widest pages, deepest
 * neighbourhoods, longest connections, the doubling fragment bomb at n = 40), more than admission
 * control lets in, so that the excess must be refused fast with a code rather than queued without end.
 */
export function overloadBurst(r: Random, size: number): string[] {
  const heavy = [
    '{ initiativesPage(first: 100) { edges { node { title partners { node { name } evidence { page quote } } towns { node { name } } } } } }',
    '{ neighborhood(id: "theme:staerke-byer", depth: 3) { truncated nodes { id label } edges { type from to } } }',
    '{ connection(from: "theme:staerke-byer", to: "theme:rettidig-velfaerd", maxHops: 6) { length nodes { id } } }',
    '{ bridges(first: 100) { node { label } betweenness score } }',
    `query { ...F0 }\n${Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n')}\nfragment F40 on Query { themes { id } }`,
  ];
  return Array.from({ length: size }, () => r.pick(heavy));
}
