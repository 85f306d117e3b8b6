/**
 * The kinds of node in the graph: the one list every other one is derived from (the dataset's
 * labels, the entity mapper, the GraphQL NodeKind enum, the explorer's generated module, the tests
 * of cypher/schema.cypher). Adding a kind is one line here; README "Adding a node kind" says what
 * the build then asks for.
 *
 * - `kind`: the prefix of global ids ("town:grindsted") and NodeKind's value;
 * - `label`: the Neo4j label (besides :Entity);
 * - `type`: the GraphQL object type (an organisation is exposed as Partner);
 * - `apiName`: NodeKind's name in the schema;
 * - `searchable`: in the entity_text full-text index (a year is no text to search).
 */
export const NODE_KINDS = [
  { kind: 'strategy', label: 'Strategy', type: 'Strategy', apiName: 'STRATEGY', searchable: true },
  { kind: 'theme', label: 'Theme', type: 'Theme', apiName: 'THEME', searchable: true },
  { kind: 'recommendation', label: 'Recommendation', type: 'Recommendation', apiName: 'RECOMMENDATION', searchable: true },
  { kind: 'initiative', label: 'Initiative', type: 'Initiative', apiName: 'INITIATIVE', searchable: true },
  { kind: 'town', label: 'Town', type: 'Town', apiName: 'TOWN', searchable: true },
  { kind: 'organisation', label: 'Organisation', type: 'Partner', apiName: 'PARTNER', searchable: true },
  { kind: 'unit', label: 'Unit', type: 'Unit', apiName: 'UNIT', searchable: true },
  { kind: 'committee', label: 'Committee', type: 'Committee', apiName: 'COMMITTEE', searchable: true },
  { kind: 'year', label: 'Year', type: 'Year', apiName: 'YEAR', searchable: false },
  { kind: 'result', label: 'Result', type: 'Result', apiName: 'RESULT', searchable: true },
  // What a result measures; its name is ours, not the report's, so full text leaves it out.
  { kind: 'indicator', label: 'Indicator', type: 'Indicator', apiName: 'INDICATOR', searchable: false },
] as const;

export type NodeKindEntry = (typeof NODE_KINDS)[number];
export type Kind = NodeKindEntry['kind'];
export type NodeLabel = NodeKindEntry['label'];
export type NodeTypeName = NodeKindEntry['type'];
export type NodeKindApiName = NodeKindEntry['apiName'];

export const KINDS = NODE_KINDS.map((entry) => entry.kind) as readonly Kind[];
export const NODE_LABELS = NODE_KINDS.map((entry) => entry.label) as readonly NodeLabel[];

type By<K extends keyof NodeKindEntry, V extends keyof NodeKindEntry> = { [E in NodeKindEntry as E[K] & string]: E[V] };
const table = <K extends keyof NodeKindEntry, V extends keyof NodeKindEntry>(key: K, value: V) =>
  Object.fromEntries(NODE_KINDS.map((entry) => [entry[key], entry[value]])) as By<K, V>;

export const LABEL_OF_KIND: By<'kind', 'label'> = table('kind', 'label');
export const KIND_OF_LABEL: By<'label', 'kind'> = table('label', 'kind');
export const TYPE_OF_KIND: By<'kind', 'type'> = table('kind', 'type');
/** NodeKind as TypeGraphQL registers it: API name → kind (`PARTNER: 'organisation'`). */
export const KIND_OF_API_NAME: By<'apiName', 'kind'> = table('apiName', 'kind');
