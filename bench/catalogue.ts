import { luceneQuery } from '../src/graph/search/lucene-query';

// The questions every contender answers, with the exact requests. Ids and arguments come from the
// real graph, which every synthetic dataset contains unchanged (copy 0), so one catalogue serves all.

export type Variables = Record<string, unknown>;

export interface DatasetParams {
  /** Partners must span at least this many initiatives: 2 on the real graph (none spans 3), 3 on synthetic ones. */
  minInitiatives: number;
}

export interface PeerRequest {
  query: string;
  variables: Variables;
  /** Set when the peer answers through a hand-written @cypher field rather than its generated API. */
  via?: string;
  /** What differs from our answer, when something does. */
  note?: string;
}

/** The first (or only) Cypher file our resolver runs for the question, with its parameters. */
export interface PrimaryCypher {
  file: string;
  params: (variables: Variables) => Variables;
}

export interface Question {
  id: string;
  title: string;
  primary: PrimaryCypher;
  /** Nesting levels of relationship data in our request: the target for round trips is one per level. */
  levels: number;
  ours: { query: string; variables: (params: DatasetParams) => Variables };
  /** Null when the peer cannot express the question; `peerMissing` says why. */
  peer: ((params: DatasetParams, luceneText: string) => PeerRequest) | null;
  peerMissing?: string;
}

export const TOWN = 'grindsted';
export const CONNECTION = { from: 'organisation:kirkbi', to: 'organisation:region-syddanmark', maxHops: 4 };
export const NEIGHBOURHOOD = { id: 'theme:rettidig-velfaerd', depth: 2 };
export const SEARCH_TEXT = 'børn';

const EVIDENCE = 'evidence { page quote basis }';

export const CATALOGUE: Question[] = [
  {
    id: 'town-initiatives',
    title: `Initiatives in a town (${TOWN}) with partners and themes nested`,
    levels: 2,
    primary: {
      file: 'initiative/filter',
      params: ({ town }) => ({
        themes: null, towns: [town], townMatch: 'ANY', townReach: 'IN', partners: null, committees: null, years: null, status: null, keys: null,
        orderBy: 'NUMBER', descending: false, offset: 0, limit: 100,
        // the lookahead of the nested fields asked (partners, themes), sorted as the resolver sorts them
        linkTypes: ['SUPPORTS', 'WITH_PARTNER'],
        // id and title only: the page's initiatives are read lean (src/graph/common/lean-rows.ts)
        leanInitiatives: true,
      }),
    },
    ours: {
      query: `query ($town: String!) { initiativesPage(filter: { towns: [$town] }, first: 100) { totalCount edges { node { id title
        partners { node { id name } ${EVIDENCE} } themes { node { id name } ${EVIDENCE} } } } } }`,
      variables: () => ({ town: TOWN }),
    },
    peer: () => ({
      query: `query ($town: String!) { initiatives(where: { towns: { some: { id: { eq: $town } } } }, limit: 100, sort: [{ number: ASC }]) { key title
        partnersConnection { edges { properties { page quote basis } node { key name } } }
        themesConnection { edges { properties { page quote basis } node { key name } } } } }`,
      variables: { town: TOWN },
    }),
  },
  {
    id: 'partners-spanning',
    title: 'Partners spanning ≥ N initiatives, with their initiatives (N = 2 real, 3 synthetic)',
    levels: 2,
    primary: {
      file: 'partner-analysis/ranking',
      params: ({ min }) => ({
        minInitiatives: min, type: null, orderBy: 'INITIATIVES', offset: 0, limit: 100,
        // only the initiatives are selected (the resolver's lookahead)
        withInitiatives: true, withThemes: false, withTowns: false,
        // initiatives { node { id title } evidence { page quote basis } }: both lean (src/graph/common/lean-rows.ts)
        leanInitiatives: true, leanEvidence: true,
      }),
    },
    ours: {
      query: `query ($min: Int!) { partners(minInitiatives: $min, first: 100) { totalCount edges { node {
        partner { id name type } initiativeCount initiatives { node { id title } ${EVIDENCE} } } } } }`,
      variables: (params) => ({ min: params.minInitiatives }),
    },
    peer: (params) => ({
      // The same partners in the same order as ours: the peer filters and sorts on the count the
      // loader stores on each partner (it cannot sort by an aggregate of its own).
      query: `query ($min: Int!) { organisations(where: { partnerInitiatives: { gte: $min } }, limit: 100,
        sort: [{ partnerInitiatives: DESC }, { name: ASC }, { key: ASC }]) {
        key name type partnerInitiatives
        initiativesConnection(sort: [{ node: { number: ASC } }]) { edges { properties { page quote basis } node { key title } } } } }`,
      variables: { min: params.minInitiatives },
      note: 'ranked on the stored count partnerInitiatives, as ours is (sorting by an aggregate is not offered)',
    }),
  },
  {
    id: 'connection',
    title: 'Shortest connection between two partners (KIRKBI → Region Syddanmark, ≤ 4 hops)',
    levels: 1,
    primary: { file: 'paths/connection', params: ({ from, to, maxHops }) => ({ from, to, maxHops, labels: null, basis: null, offset: 0, first: 20 }) },
    ours: {
      query: `query ($from: ID!, $to: ID!, $maxHops: Int!) { connection(from: $from, to: $to, maxHops: $maxHops) {
        length nodes { id label } edges { id type from to ${EVIDENCE} } } }`,
      variables: () => ({ ...CONNECTION }),
    },
    peer: null,
    peerMissing: 'no path queries in the generated API (would need a @cypher field)',
  },
  {
    id: 'neighbourhood',
    title: 'Neighbourhood of depth 2 around a theme (Rettidig Velfærd, ≤ 300 entities)',
    levels: 1,
    // The API counts the start in `limit` (default 300); the query counts the others.
    primary: { file: 'paths/neighborhood', params: ({ id, depth }) => ({ key: id, depth, limit: 299, labels: null, basis: null }) },
    ours: {
      query: `query ($id: ID!, $depth: Int!) { neighborhood(id: $id, depth: $depth) { truncated nodes { id label } edges { id type from to } } }`,
      variables: () => ({ ...NEIGHBOURHOOD }),
    },
    peer: null,
    peerMissing: 'no undirected variable-length expansion over all relationship types (would need a @cypher field)',
  },
  {
    id: 'search',
    title: `Full-text search for a common word ("${SEARCH_TEXT}")`,
    levels: 1,
    primary: { file: 'search/nodes', params: ({ text }) => ({ query: luceneQuery(String(text)), labels: null, limit: 20 }) },
    ours: {
      query: `query ($text: String!) { search(text: $text, first: 20) { node { id label } score field snippet } }`,
      variables: () => ({ text: SEARCH_TEXT }),
    },
    peer: (_params, luceneText) => ({
      query: `query ($phrase: String!) {
        initiatives: initiativesSearch(phrase: $phrase, first: 20) { edges { score node { key title } } }
        organisations: organisationsSearch(phrase: $phrase, first: 20) { edges { score node { key name } } }
        towns: townsSearch(phrase: $phrase, first: 20) { edges { score node { key name } } }
        results: resultsSearch(phrase: $phrase, first: 20) { edges { score node { key text } } } }`,
      variables: { phrase: luceneText },
      note: 'same index and Lucene query; one root field per kind, no evidence quotes, no merged ranking',
    }),
  },
  // Last since counting on request had no answer at ×1000 within the harness's bound and its abandoned
  // requests slowed the next question; the matrix is stored at load now, and the order kept for comparison.
  {
    id: 'coverage',
    title: 'Theme × town coverage matrix',
    levels: 1,
    // The counts only, as the load stored them: a cell's initiative ids are a separate read (CoverageCell.initiativeIds).
    primary: { file: 'analysis/coverage-matrix', params: () => ({ rows: 'THEME', columns: 'TOWN' }) },
    ours: {
      query: `{ coverage(rows: THEME, columns: TOWN) { total rows { id label } columns { id label } cells { row column count } } }`,
      variables: () => ({}),
    },
    peer: null,
    peerMissing: 'no cross-tabulation; a client would fetch every initiative with its themes and towns and count itself',
  },
];
