/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment ExplorerNode on Node { id label __typename ... on Year { value } ... on Result { year } }": typeof types.ExplorerNodeFragmentDoc,
    "fragment ExplorerEvidence on Evidence { page quote basis rationale }": typeof types.ExplorerEvidenceFragmentDoc,
    "fragment ExplorerLinkEnd on Node { id label __typename }": typeof types.ExplorerLinkEndFragmentDoc,
    "query ExplorerBoot { years { value } themes { id label } initiatives { id years { node { value } } themes { node { id } } } }": typeof types.ExplorerBootDocument,
    "query ExplorerSearch($text: String!) { search(text: $text, first: 12) { node { ...ExplorerNode } field snippet } }": typeof types.ExplorerSearchDocument,
    "query ExplorerNeighbourIds($id: ID!, $types: [NodeKind!]) { neighborhood(id: $id, depth: 1, limit: 1000, types: $types) { truncated nodes { id } } }": typeof types.ExplorerNeighbourIdsDocument,
    "query ExplorerSubgraph($ids: [ID!]!) { subgraph(ids: $ids) {\n      nodes { ...ExplorerNode } edges { id type from to event evidence { ...ExplorerEvidence } } missing } }": typeof types.ExplorerSubgraphDocument,
    "query ExplorerNeighbourCounts($ids: [ID!]!) { neighborCounts(ids: $ids) { id total byKind { kind count } } }": typeof types.ExplorerNeighbourCountsDocument,
    "query ExplorerShortestPath($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: 6) { nodes { id } edges { id } } }": typeof types.ExplorerShortestPathDocument,
    "query ExplorerPartnersSpanning($min: Int!, $after: String) { partners(minInitiatives: $min, first: 100, after: $after) {\n        pageInfo { hasNextPage endCursor } edges { node { partner { id } initiatives { node { id } } } } } }": typeof types.ExplorerPartnersSpanningDocument,
    "query ExplorerCoverage { coverage(rows: THEME, columns: TOWN) { total rows { id label } columns { id label } cells { row column count initiativeIds } } }": typeof types.ExplorerCoverageDocument,
    "query ExplorerTrace($themeId: ID!) { trace(themeId: $themeId) { strategy { id } themes { theme { id }\n      initiatives { initiative { id } results { node { id } } } } } }": typeof types.ExplorerTraceDocument,
    "query ExplorerNodeDetails($id: ID!) { node(id: $id) { id label __typename\n      ... on Initiative { number page summary status statusEvidence { page quote }\n        themes { node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        towns { node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        partners { node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        mentions { node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        units { node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        committees { role node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        years { event node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        related { node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        results { node { id text value unit year } evidence { ...ExplorerEvidence } } }\n      ... on Theme { description }\n      ... on Strategy { description }\n      ... on Recommendation { summary page }\n      ... on Town { aliases profile { summary quote page } }\n      ... on Partner { type isPartner aliases }\n      ... on Unit { aliases }\n      ... on Committee { aliases }\n      ... on Result { text value unit year }\n    } }": typeof types.ExplorerNodeDetailsDocument,
};
const documents: Documents = {
    "fragment ExplorerNode on Node { id label __typename ... on Year { value } ... on Result { year } }": types.ExplorerNodeFragmentDoc,
    "fragment ExplorerEvidence on Evidence { page quote basis rationale }": types.ExplorerEvidenceFragmentDoc,
    "fragment ExplorerLinkEnd on Node { id label __typename }": types.ExplorerLinkEndFragmentDoc,
    "query ExplorerBoot { years { value } themes { id label } initiatives { id years { node { value } } themes { node { id } } } }": types.ExplorerBootDocument,
    "query ExplorerSearch($text: String!) { search(text: $text, first: 12) { node { ...ExplorerNode } field snippet } }": types.ExplorerSearchDocument,
    "query ExplorerNeighbourIds($id: ID!, $types: [NodeKind!]) { neighborhood(id: $id, depth: 1, limit: 1000, types: $types) { truncated nodes { id } } }": types.ExplorerNeighbourIdsDocument,
    "query ExplorerSubgraph($ids: [ID!]!) { subgraph(ids: $ids) {\n      nodes { ...ExplorerNode } edges { id type from to event evidence { ...ExplorerEvidence } } missing } }": types.ExplorerSubgraphDocument,
    "query ExplorerNeighbourCounts($ids: [ID!]!) { neighborCounts(ids: $ids) { id total byKind { kind count } } }": types.ExplorerNeighbourCountsDocument,
    "query ExplorerShortestPath($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: 6) { nodes { id } edges { id } } }": types.ExplorerShortestPathDocument,
    "query ExplorerPartnersSpanning($min: Int!, $after: String) { partners(minInitiatives: $min, first: 100, after: $after) {\n        pageInfo { hasNextPage endCursor } edges { node { partner { id } initiatives { node { id } } } } } }": types.ExplorerPartnersSpanningDocument,
    "query ExplorerCoverage { coverage(rows: THEME, columns: TOWN) { total rows { id label } columns { id label } cells { row column count initiativeIds } } }": types.ExplorerCoverageDocument,
    "query ExplorerTrace($themeId: ID!) { trace(themeId: $themeId) { strategy { id } themes { theme { id }\n      initiatives { initiative { id } results { node { id } } } } } }": types.ExplorerTraceDocument,
    "query ExplorerNodeDetails($id: ID!) { node(id: $id) { id label __typename\n      ... on Initiative { number page summary status statusEvidence { page quote }\n        themes { node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        towns { node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        partners { node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        mentions { node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        units { node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        committees { role node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        years { event node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        related { node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        results { node { id text value unit year } evidence { ...ExplorerEvidence } } }\n      ... on Theme { description }\n      ... on Strategy { description }\n      ... on Recommendation { summary page }\n      ... on Town { aliases profile { summary quote page } }\n      ... on Partner { type isPartner aliases }\n      ... on Unit { aliases }\n      ... on Committee { aliases }\n      ... on Result { text value unit year }\n    } }": types.ExplorerNodeDetailsDocument,
};

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment ExplorerNode on Node { id label __typename ... on Year { value } ... on Result { year } }"): typeof import('./graphql').ExplorerNodeFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment ExplorerEvidence on Evidence { page quote basis rationale }"): typeof import('./graphql').ExplorerEvidenceFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment ExplorerLinkEnd on Node { id label __typename }"): typeof import('./graphql').ExplorerLinkEndFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ExplorerBoot { years { value } themes { id label } initiatives { id years { node { value } } themes { node { id } } } }"): typeof import('./graphql').ExplorerBootDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ExplorerSearch($text: String!) { search(text: $text, first: 12) { node { ...ExplorerNode } field snippet } }"): typeof import('./graphql').ExplorerSearchDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ExplorerNeighbourIds($id: ID!, $types: [NodeKind!]) { neighborhood(id: $id, depth: 1, limit: 1000, types: $types) { truncated nodes { id } } }"): typeof import('./graphql').ExplorerNeighbourIdsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ExplorerSubgraph($ids: [ID!]!) { subgraph(ids: $ids) {\n      nodes { ...ExplorerNode } edges { id type from to event evidence { ...ExplorerEvidence } } missing } }"): typeof import('./graphql').ExplorerSubgraphDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ExplorerNeighbourCounts($ids: [ID!]!) { neighborCounts(ids: $ids) { id total byKind { kind count } } }"): typeof import('./graphql').ExplorerNeighbourCountsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ExplorerShortestPath($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: 6) { nodes { id } edges { id } } }"): typeof import('./graphql').ExplorerShortestPathDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ExplorerPartnersSpanning($min: Int!, $after: String) { partners(minInitiatives: $min, first: 100, after: $after) {\n        pageInfo { hasNextPage endCursor } edges { node { partner { id } initiatives { node { id } } } } } }"): typeof import('./graphql').ExplorerPartnersSpanningDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ExplorerCoverage { coverage(rows: THEME, columns: TOWN) { total rows { id label } columns { id label } cells { row column count initiativeIds } } }"): typeof import('./graphql').ExplorerCoverageDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ExplorerTrace($themeId: ID!) { trace(themeId: $themeId) { strategy { id } themes { theme { id }\n      initiatives { initiative { id } results { node { id } } } } } }"): typeof import('./graphql').ExplorerTraceDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ExplorerNodeDetails($id: ID!) { node(id: $id) { id label __typename\n      ... on Initiative { number page summary status statusEvidence { page quote }\n        themes { node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        towns { node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        partners { node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        mentions { node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        units { node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        committees { role node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        years { event node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        related { node { ...ExplorerLinkEnd } evidence { ...ExplorerEvidence } }\n        results { node { id text value unit year } evidence { ...ExplorerEvidence } } }\n      ... on Theme { description }\n      ... on Strategy { description }\n      ... on Recommendation { summary page }\n      ... on Town { aliases profile { summary quote page } }\n      ... on Partner { type isPartner aliases }\n      ... on Unit { aliases }\n      ... on Committee { aliases }\n      ... on Result { text value unit year }\n    } }"): typeof import('./graphql').ExplorerNodeDetailsDocument;


export function gql(source: string) {
  return (documents as any)[source] ?? {};
}
