// Every GraphQL operation of the explorer, each with the typed shape it returns. Queries stay
// shallow and paged (`first`), within the server's depth and cost limits.
import { graphql } from './api';
import { enumName, num, pick } from './i18n';
import { KIND_STYLES, kindOfApi } from './kinds';
import type { NamedNode, RankedHit } from './search-rank';
import type { Evidence, GraphEdge, GraphNode, InitiativeFacts, Kind, Subgraph } from './model';

const NODE = 'id label __typename ... on Year { value } ... on Result { year }';
const EDGE = 'id type from to event evidence { page quote basis rationale id passage { id } }';
const EVIDENCE = 'evidence { page quote basis rationale id passage { id } }';

interface RawNode {
  id: string;
  label: string;
  __typename: Kind;
  value?: number;
  year?: number | null;
}

function toNode(raw: RawNode): GraphNode {
  return { id: raw.id, kind: raw.__typename, label: raw.label, year: raw.value ?? raw.year ?? null };
}

export interface Boot {
  years: number[];
  themes: { id: string; label: string }[];
  towns: { id: string; label: string }[];
  committees: { id: string; label: string }[];
  /** The towns with a Vision 2034 profile: the first screen's starting points. */
  profiledTowns: { id: string; label: string }[];
  /** Names of strategy, themes, initiatives, towns, partners, units and committees, for search as you type. */
  names: NamedNode[];
  facts: InitiativeFacts;
}

type Named = { id: string; label: string };

/** What the controls need before anything is drawn: years, themes, towns, names, each initiative's years and themes. */
export async function loadBoot(): Promise<Boot> {
  const data = await graphql<{
    years: { value: number }[];
    strategy: Named;
    themes: Named[];
    towns: (Named & { profile: { page: number } | null })[];
    committees: Named[];
    units: Named[];
    initiatives: (Named & { years: { node: { value: number } }[]; themes: { node: { id: string } }[]; towns: { node: { id: string } }[]; committees: { node: { id: string } }[]; partners: { node: Named }[]; mentions: { node: Named }[] })[];
  }>(`{ years { value } strategy { id label } themes { id label } towns { id label profile { page } } committees { id label } units { id label }
    initiatives { id label years { node { value } } themes { node { id } } towns { node { id } } committees { node { id } }
      partners { node { id label } } mentions { node { id label } } } }`);
  const named = (kind: Kind, list: Named[]) => list.map(({ id, label }) => ({ id, label, kind }));
  return {
    years: data.years.map((year) => year.value),
    themes: data.themes,
    towns: data.towns.map(({ id, label }) => ({ id, label })),
    committees: data.committees,
    profiledTowns: data.towns.filter((town) => town.profile).map(({ id, label }) => ({ id, label })),
    names: [
      ...named('Strategy', [data.strategy]),
      ...named('Theme', data.themes),
      ...named('Town', data.towns),
      ...named('Committee', data.committees),
      ...named('Unit', data.units),
      // organisations from the initiatives' own lists (partners and mentions), each once
      ...named('Partner', [...new Map(data.initiatives.flatMap((i) => [...i.partners, ...i.mentions]).map(({ node }) => [node.id, node])).values()]),
      ...named('Initiative', data.initiatives),
    ],
    facts: {
      years: new Map(data.initiatives.map((i) => [i.id, i.years.map((y) => y.node.value)])),
      themes: new Map(data.initiatives.map((i) => [i.id, i.themes.map((t) => t.node.id)])),
      towns: new Map(data.initiatives.map((i) => [i.id, i.towns.map((t) => t.node.id)])),
      committees: new Map(data.initiatives.map((i) => [i.id, i.committees.map((c) => c.node.id)])),
    },
  };
}

export type SearchHit = RankedHit;

export async function search(text: string): Promise<SearchHit[]> {
  const data = await graphql<{ search: { node: RawNode; field: string; snippet: string }[] }>(
    `query($text: String!) { search(text: $text, first: 12) { node { ${NODE} } field snippet } }`,
    { text },
  );
  return data.search.map((hit) => ({ ...toNode(hit.node), field: hit.field, snippet: hit.snippet }));
}

/**
 * Ids of a node's direct neighbours, all of them or one kind's. The API's largest page (1000)
 * holds every neighbour in this graph; should it ever not, `truncated` says so (never a silent cap).
 */
export async function neighbourIds(id: string, kind?: Kind): Promise<{ ids: string[]; truncated: boolean }> {
  const data = await graphql<{ neighborhood: { nodes: { id: string }[]; truncated: boolean } }>(
    `query($id: ID!, $types: [NodeKind!]) { neighborhood(id: $id, depth: 1, limit: 1000, types: $types) { truncated nodes { id } } }`,
    { id, types: kind ? [KIND_STYLES[kind].apiKind] : null },
  );
  // the start comes first in `nodes`; only the neighbours are wanted
  return { ids: data.neighborhood.nodes.map((node) => node.id).filter((other) => other !== id), truncated: data.neighborhood.truncated };
}

/** The nodes with these ids and every link among them, and the ids the graph does not know. */
export async function subgraph(ids: string[]): Promise<Subgraph & { missing: string[] }> {
  if (ids.length === 0) return { nodes: [], edges: [], missing: [] };
  const data = await graphql<{ subgraph: { nodes: RawNode[]; edges: GraphEdge[]; missing: string[] } }>(
    `query($ids: [ID!]!) { subgraph(ids: $ids) { nodes { ${NODE} } edges { ${EDGE} } missing } }`,
    { ids },
  );
  return { nodes: data.subgraph.nodes.map(toNode), edges: data.subgraph.edges, missing: data.subgraph.missing };
}

export type NeighbourCounts = Map<string, { total: number; byKind: { kind: Kind; count: number }[] }>;

/**
 * Ids per neighbour-count request: each id answers with a row and a list per kind, so the server's
 * cost limit (QUERY_MAX_COST) admits a few hundred ids per request; a big view asks in parallel parts.
 */
const COUNT_CHUNK = 250;

export async function neighbourCounts(ids: string[]): Promise<NeighbourCounts> {
  const chunks: string[][] = [];
  for (let start = 0; start < ids.length; start += COUNT_CHUNK) chunks.push(ids.slice(start, start + COUNT_CHUNK));
  const answers = await Promise.all(
    chunks.map((chunk) =>
      graphql<{ neighborCounts: { id: string; total: number; byKind: { kind: string; count: number }[] }[] }>(
        `query($ids: [ID!]!) { neighborCounts(ids: $ids) { id: nodeId total byKind { kind count } } }`,
        { ids: chunk },
      ),
    ),
  );
  return new Map(
    answers.flatMap((data) => data.neighborCounts).map((row) => [
      row.id,
      { total: row.total, byKind: row.byKind.map(({ kind, count }) => ({ kind: kindOfApi(kind) as Kind, count })) },
    ]),
  );
}

export interface PathAnswer {
  nodeIds: string[];
  edgeIds: string[];
  /** The relationship types along the path, for excluding kinds of link. */
  types: string[];
}

/** The shortest paths between two nodes (ignoring direction; the API gives at most 20), empty when none is within 6 links. */
export async function shortestPaths(from: string, to: string): Promise<PathAnswer[]> {
  const data = await graphql<{ connection: { nodes: { id: string }[]; edges: { id: string; type: string }[] }[] }>(
    `query($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: 6) { nodes { id } edges { id type } } }`,
    { from, to },
  );
  return data.connection.map((path) => ({ nodeIds: path.nodes.map((n) => n.id), edgeIds: path.edges.map((e) => e.id), types: path.edges.map((e) => e.type) }));
}

export interface PartnerSpan {
  partnerId: string;
  initiativeIds: string[];
}

/** Every partner with at least `min` initiatives, all pages of them. */
export async function partnersSpanning(min: number): Promise<PartnerSpan[]> {
  const spans: PartnerSpan[] = [];
  let after: string | null = null;
  for (;;) {
    const data: {
      partners: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { partner: { id: string }; initiatives: { node: { id: string } }[] } }[];
      };
    } = await graphql(
      `query($min: Int!, $after: String) { partners(minInitiatives: $min, first: 100, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { partner { id } initiatives { node { id } } } } } }`,
      { min, after },
    );
    for (const { node } of data.partners.edges) {
      spans.push({ partnerId: node.partner.id, initiativeIds: node.initiatives.map((edge) => edge.node.id) });
    }
    if (!data.partners.pageInfo.hasNextPage) return spans;
    after = data.partners.pageInfo.endCursor;
  }
}

export interface Coverage {
  total: number;
  rows: { id: string; label: string }[];
  columns: { id: string; label: string }[];
  cells: { row: string; column: string; count: number; initiativeIds: string[] }[];
}

export async function themeTownCoverage(): Promise<Coverage> {
  const data = await graphql<{ coverage: Coverage }>(
    '{ coverage(rows: THEME, columns: TOWN) { total rows { id: value label } columns { id: value label } cells { row column count initiativeIds } } }',
  );
  return data.coverage;
}

/** Strategy → the theme → its initiatives → their results, as node ids. */
export async function traceIds(themeId: string): Promise<string[]> {
  const data = await graphql<{
    trace: { strategy: { id: string }; themes: { theme: { id: string }; initiatives: { initiative: { id: string }; results: { node: { id: string } }[] }[] }[] };
  }>(
    `query($themeId: ID!) { trace(themeId: $themeId) { strategy { id } themes { theme { id }
      initiatives { initiative { id } results { node { id } } } } } }`,
    { themeId },
  );
  const { strategy, themes } = data.trace;
  return [
    strategy.id,
    ...themes.flatMap((t) => [t.theme.id, ...t.initiatives.flatMap((i) => [i.initiative.id, ...i.results.map((r) => r.node.id)])]),
  ];
}

export interface LinkDetail {
  id: string;
  label: string;
  kind: Kind;
  evidence: Evidence;
  /** A committee's role or a year's event. */
  note?: string | null;
}

export interface NodeDetails {
  id: string;
  label: string;
  kind: Kind;
  /** Prose about the node: summary, description, profile or result text. */
  text: string | null;
  facts: [string, string][];
  /** Links grouped under a heading ("Themes", "Partners", ...), each with its evidence. */
  links: [string, LinkDetail[]][];
  results: { text: string; evidence: Evidence }[];
}

const LINK = `node { id label __typename } ${EVIDENCE}`;

/** Everything the side panel shows for one node; initiatives bring their summary, links and results. */
export async function nodeDetails(id: string): Promise<NodeDetails> {
  const data = await graphql<{ node: Record<string, any> }>(
    `query($id: ID!) { node(id: $id) { id label __typename
      ... on Initiative { number page summary status statusEvidence { page quote }
        themes { ${LINK} } towns { ${LINK} } partners { ${LINK} } mentions { ${LINK} } units { ${LINK} }
        committees { role ${LINK} } years { event ${LINK} } related { ${LINK} }
        results { node { id text value unit year } ${EVIDENCE} } }
      ... on Theme { description }
      ... on Strategy { description }
      ... on Recommendation { summary page }
      ... on Town { aliases profile { summary quote page } }
      ... on Partner { type isPartner aliases }
      ... on Unit { aliases }
      ... on Committee { aliases }
      ... on Result { text value unit year }
    } }`,
    { id },
  );
  return toDetails(data.node);
}

function toDetails(node: Record<string, any>): NodeDetails {
  const kind = node.__typename as Kind;
  const facts: [string, string][] = [];
  const add = (name: string, value: unknown) => {
    if (value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) {
      facts.push([name, Array.isArray(value) ? value.join(', ') : String(value)]);
    }
  };
  add(pick('Nummer i rapporten', 'Number in the report'), node.number);
  add(pick('Side', 'Page'), node.page === undefined || node.page === null ? undefined : num(node.page));
  add('Status', node.status && `${enumName(node.status)}${node.statusEvidence ? ` (${pick('s.', 'p.')} ${num(node.statusEvidence.page)}: “${node.statusEvidence.quote}”)` : ''}`);
  add('Type', node.type && enumName(String(node.type)));
  add(pick('Samarbejdspartner', 'Partner'), node.isPartner === undefined ? undefined : node.isPartner ? pick('ja', 'yes') : pick('kun nævnt', 'only mentioned'));
  add(pick('Også skrevet', 'Also written'), node.aliases);
  add(pick('Værdi', 'Value'), typeof node.value === 'number' ? `${num(node.value)}${node.unit ? ` ${node.unit}` : ''}` : undefined);
  add(pick('År', 'Year'), node.year === undefined || node.year === null ? undefined : String(node.year));
  const text = node.summary ?? node.description ?? node.text ?? (node.profile ? `${pick('Vision 2034', 'Vision 2034')}: ${node.profile.summary}` : null);
  const group = (title: string, edges: any[] | undefined, note?: (edge: any) => string | null): [string, LinkDetail[]] | null =>
    edges && edges.length > 0
      ? [title, edges.map((edge) => ({ id: edge.node.id, label: edge.node.label, kind: edge.node.__typename, evidence: edge.evidence, note: note?.(edge) ?? null }))]
      : null;
  const links = [
    group(pick('Temaer', 'Themes'), node.themes),
    group(pick('Byer', 'Towns'), node.towns),
    group(pick('Samarbejdspartnere', 'Partners'), node.partners),
    group(pick('Nævnte organisationer', 'Mentioned organisations'), node.mentions),
    group(pick('Kommunale enheder', 'Municipal units'), node.units),
    group(pick('Udvalg', 'Committees'), node.committees, (edge) => (edge.role === 'DECIDED_BY' ? pick('besluttet af udvalget', 'decided it') : pick('involveret', 'took part'))),
    group(pick('År', 'Years'), node.years, (edge) => edge.event),
    group(pick('Relaterede initiativer', 'Related initiatives'), node.related),
  ].filter((entry): entry is [string, LinkDetail[]] => entry !== null);
  const results = ((node.results ?? []) as any[]).map((edge) => ({ text: edge.node.text as string, evidence: edge.evidence as Evidence }));
  return { id: node.id, label: node.label, kind, text, facts, links, results };
}

export type Timeline = {
  year: number;
  events: { event: string; initiative: { id: string; label: string } }[];
  results: { id: string; label: string }[];
}[];

/** The API's timeline, year by year: initiative events and results dated that year. */
export async function timeline(): Promise<Timeline> {
  const data = await graphql<{
    timeline: Timeline;
  }>('{ timeline { year events { event initiative { id label } } results { id label } } }');
  // (each result's initiative is not asked for here: it would lift the query over the server's
  // cost limit; resultsOfInitiatives asks it the other way round)
  return data.timeline;
}

export type InitiativeResults = { id: string; results: { node: { id: string; label: string; year: number | null } }[] }[];

/** Every initiative's results with their year: which initiative a timeline's result belongs to, and the undated results. */
export async function resultsOfInitiatives(): Promise<InitiativeResults> {
  const data = await graphql<{ initiatives: InitiativeResults }>('{ initiatives { id results { node { id label year } } } }');
  return data.initiatives;
}
