// The explorer's graph operations, each mapped from its generated answer type (operations.graphql,
// `npm run codegen`) to the shape the views use. Queries stay shallow and paged (`first`), within
// the server's depth and cost limits.
import { ApiError, graphql } from './api';
import {
  BootDocument,
  NeighbourCountsDocument,
  NeighbourIdsDocument,
  NodeDetailsDocument,
  PartnersSpanningDocument,
  SearchDocument,
  ShortestPathsDocument,
  SubgraphDocument,
  ThemeTownCoverageDocument,
  ResultsOfInitiativesDocument,
  TimelineDocument,
  TraceIdsDocument,
  type GraphNodeFragment,
  type NodeDetailsQuery,
  type PartnersSpanningQuery,
} from './generated/operations';
import { enumName, num, pick } from './i18n';
import { KIND_STYLES, kindOfApi } from './kinds';
import type { NamedNode, RankedHit } from './search-rank';
import type { Evidence, GraphNode, InitiativeFacts, Kind, Subgraph } from './model';

function toNode(raw: GraphNodeFragment): GraphNode {
  const year = raw.__typename === 'Year' ? raw.value : raw.__typename === 'Result' ? raw.year : null;
  return { id: raw.id, kind: raw.__typename, label: raw.label, year };
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
  const data = await graphql(BootDocument);
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
  const data = await graphql(SearchDocument, { text });
  return data.search.map((hit) => ({ ...toNode(hit.node), field: hit.field, snippet: hit.snippet }));
}

/**
 * Ids of a node's direct neighbours, all of them or one kind's. The API's largest page (1000)
 * holds every neighbour in this graph; should it ever not, `truncated` says so (never a silent cap).
 */
export async function neighbourIds(id: string, kind?: Kind): Promise<{ ids: string[]; truncated: boolean }> {
  const data = await graphql(NeighbourIdsDocument, { id, types: kind ? [KIND_STYLES[kind].apiKind] : null });
  // null: the graph does not know the id, so it has no neighbours to show
  if (!data.neighborhood) return { ids: [], truncated: false };
  // the start comes first in `nodes`; only the neighbours are wanted
  return { ids: data.neighborhood.nodes.map((node) => node.id).filter((other) => other !== id), truncated: data.neighborhood.truncated };
}

/** The nodes with these ids and every link among them, and the ids the graph does not know. */
export async function subgraph(ids: string[]): Promise<Subgraph & { missing: string[] }> {
  if (ids.length === 0) return { nodes: [], edges: [], missing: [] };
  const data = await graphql(SubgraphDocument, { ids });
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
graphql(NeighbourCountsDocument, { ids: chunk }),
    ),
  );
  return new Map(
    // an id the graph does not know answers null: it has no counts to show
    answers.flatMap((data) => data.neighborCounts).flatMap((row) => (row ? [row] : [])).map((row) => [
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
  const data = await graphql(ShortestPathsDocument, { from, to });
  // null: one of the two ids is not in the graph, so there is no path either
  return (data.connection ?? []).map((path) => ({ nodeIds: path.nodes.map((n) => n.id), edgeIds: path.edges.map((e) => e.id), types: path.edges.map((e) => e.type) }));
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
    const data: PartnersSpanningQuery = await graphql(PartnersSpanningDocument, { min, after });
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
  const data = await graphql(ThemeTownCoverageDocument);
  return data.coverage;
}

/** Strategy → the theme → its initiatives → their results, as node ids. */
export async function traceIds(themeId: string): Promise<string[]> {
  const data = await graphql(TraceIdsDocument, { themeId });
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

/** Everything the side panel shows for one node; initiatives bring their summary, links and results. */
export async function nodeDetails(id: string): Promise<NodeDetails> {
  const data = await graphql(NodeDetailsDocument, { id });
  if (!data.node) throw new ApiError(pick('Findes ikke i grafen', 'Not in the graph'), 'NOT_FOUND', id);
  return toDetails(data.node);
}

type DetailsNode = NonNullable<NodeDetailsQuery['node']>;
type LinkEdge = { node: { id: string; label: string; __typename: Kind }; evidence: Evidence };

function toDetails(node: DetailsNode): NodeDetails {
  const facts: [string, string][] = [];
  const add = (name: string, value: unknown) => {
    if (value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) {
      facts.push([name, Array.isArray(value) ? value.join(', ') : String(value)]);
    }
  };
  const initiative = node.__typename === 'Initiative' ? node : null;
  add(pick('Nummer i rapporten', 'Number in the report'), initiative?.number);
  const page = node.__typename === 'Initiative' || node.__typename === 'Recommendation' ? node.page : undefined;
  add(pick('Side', 'Page'), page === undefined ? undefined : num(page));
  const status = initiative?.status;
  const statusEvidence = initiative?.statusEvidence;
  add('Status', status && `${enumName(status)}${statusEvidence ? ` (${pick('s.', 'p.')} ${num(statusEvidence.page)}: “${statusEvidence.quote}”)` : ''}`);
  if (node.__typename === 'Partner') {
    add('Type', enumName(node.type));
    add(pick('Samarbejdspartner', 'Partner'), node.isPartner ? pick('ja', 'yes') : pick('kun nævnt', 'only mentioned'));
  }
  add(pick('Også skrevet', 'Also written'), 'aliases' in node ? node.aliases : undefined);
  if (node.__typename === 'Result') {
    add(pick('Værdi', 'Value'), typeof node.value === 'number' ? `${num(node.value)}${node.unit ? ` ${node.unit}` : ''}` : undefined);
    add(pick('År', 'Year'), node.year === null ? undefined : String(node.year));
  }
  const text =
    'summary' in node ? node.summary
    : 'description' in node ? node.description
    : 'text' in node ? node.text
    : node.__typename === 'Town' && node.profile ? `${pick('Vision 2034', 'Vision 2034')}: ${node.profile.summary}`
    : null;
  const group = <E extends LinkEdge>(title: string, edges: E[], note?: (edge: E) => string | null): [string, LinkDetail[]] | null =>
    edges.length > 0
      ? [title, edges.map((edge) => ({ id: edge.node.id, label: edge.node.label, kind: edge.node.__typename, evidence: edge.evidence, note: note?.(edge) ?? null }))]
      : null;
  const links = initiative
    ? [
        group(pick('Temaer', 'Themes'), initiative.themes),
        group(pick('Byer', 'Towns'), initiative.towns),
        group(pick('Samarbejdspartnere', 'Partners'), initiative.partners),
        group(pick('Nævnte organisationer', 'Mentioned organisations'), initiative.mentions),
        group(pick('Kommunale enheder', 'Municipal units'), initiative.units),
        group(pick('Udvalg', 'Committees'), initiative.committees, (edge) => (edge.role === 'DECIDED_BY' ? pick('besluttet af udvalget', 'decided it') : pick('involveret', 'took part'))),
        group(pick('År', 'Years'), initiative.years, (edge) => edge.event),
        group(pick('Relaterede initiativer', 'Related initiatives'), initiative.related),
      ].filter((entry): entry is [string, LinkDetail[]] => entry !== null)
    : [];
  const results = (initiative?.results ?? []).map((edge) => ({ text: edge.node.text, evidence: edge.evidence }));
  return { id: node.id, label: node.label, kind: node.__typename, text, facts, links, results };
}

export type Timeline = {
  year: number;
  events: { event: string; initiative: { id: string; label: string } }[];
  results: { id: string; label: string }[];
}[];

/** The API's timeline, year by year: initiative events and results dated that year. */
export async function timeline(): Promise<Timeline> {
  // (each result's initiative is not asked for here: it would lift the query over the server's
  // cost limit; resultsOfInitiatives asks it the other way round)
  const data = await graphql(TimelineDocument);
  return data.timeline;
}

export type InitiativeResults = { id: string; results: { node: { id: string; label: string; year: number | null } }[] }[];

/** Every initiative's results with their year: which initiative a timeline's result belongs to, and the undated results. */
export async function resultsOfInitiatives(): Promise<InitiativeResults> {
  const data = await graphql(ResultsOfInitiativesDocument);
  return data.initiatives;
}
