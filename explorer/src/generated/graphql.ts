/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whether the report states a link in words (STATED) or we inferred it from the text (INFERRED). */
export type Basis =
  /** Our reading of the text; the printed theme symbols are lost in the text, so most theme links are inferred. See `rationale`. */
  | 'INFERRED'
  /** The quoted text itself says it. */
  | 'STATED';

/** DECIDED_BY: the body decided, approved or funded it; INVOLVES: it took part or was consulted. */
export type CommitteeRole =
  | 'DECIDED_BY'
  | 'INVOLVES';

/** Kinds of entity in the graph (PARTNER covers every organisation, partner or mentioned). */
export type NodeKind =
  | 'COMMITTEE'
  | 'INITIATIVE'
  | 'PARTNER'
  | 'RECOMMENDATION'
  | 'RESULT'
  | 'STRATEGY'
  | 'THEME'
  | 'TOWN'
  | 'UNIT'
  | 'YEAR';

/** Kind of organisation. MUNICIPALITY means another municipality; ASSOCIATION covers associations, clubs and NGOs. */
export type PartnerType =
  | 'ASSOCIATION'
  | 'COMPANY'
  | 'EDUCATION'
  | 'FOUNDATION'
  | 'HEALTH'
  | 'MUNICIPALITY'
  | 'OTHER'
  | 'REGION'
  | 'STATE_AGENCY';

type ExplorerNode_Committee_Fragment = { __typename: 'Committee', id: string, label: string };

type ExplorerNode_Initiative_Fragment = { __typename: 'Initiative', id: string, label: string };

type ExplorerNode_Partner_Fragment = { __typename: 'Partner', id: string, label: string };

type ExplorerNode_Recommendation_Fragment = { __typename: 'Recommendation', id: string, label: string };

type ExplorerNode_Result_Fragment = { __typename: 'Result', year: number | null, id: string, label: string };

type ExplorerNode_Strategy_Fragment = { __typename: 'Strategy', id: string, label: string };

type ExplorerNode_Theme_Fragment = { __typename: 'Theme', id: string, label: string };

type ExplorerNode_Town_Fragment = { __typename: 'Town', id: string, label: string };

type ExplorerNode_Unit_Fragment = { __typename: 'Unit', id: string, label: string };

type ExplorerNode_Year_Fragment = { __typename: 'Year', value: number, id: string, label: string };

export type ExplorerNodeFragment =
  | ExplorerNode_Committee_Fragment
  | ExplorerNode_Initiative_Fragment
  | ExplorerNode_Partner_Fragment
  | ExplorerNode_Recommendation_Fragment
  | ExplorerNode_Result_Fragment
  | ExplorerNode_Strategy_Fragment
  | ExplorerNode_Theme_Fragment
  | ExplorerNode_Town_Fragment
  | ExplorerNode_Unit_Fragment
  | ExplorerNode_Year_Fragment
;

export type ExplorerEvidenceFragment = { page: number, quote: string, basis: Basis, rationale: string | null };

type ExplorerLinkEnd_Committee_Fragment = { __typename: 'Committee', id: string, label: string };

type ExplorerLinkEnd_Initiative_Fragment = { __typename: 'Initiative', id: string, label: string };

type ExplorerLinkEnd_Partner_Fragment = { __typename: 'Partner', id: string, label: string };

type ExplorerLinkEnd_Recommendation_Fragment = { __typename: 'Recommendation', id: string, label: string };

type ExplorerLinkEnd_Result_Fragment = { __typename: 'Result', id: string, label: string };

type ExplorerLinkEnd_Strategy_Fragment = { __typename: 'Strategy', id: string, label: string };

type ExplorerLinkEnd_Theme_Fragment = { __typename: 'Theme', id: string, label: string };

type ExplorerLinkEnd_Town_Fragment = { __typename: 'Town', id: string, label: string };

type ExplorerLinkEnd_Unit_Fragment = { __typename: 'Unit', id: string, label: string };

type ExplorerLinkEnd_Year_Fragment = { __typename: 'Year', id: string, label: string };

export type ExplorerLinkEndFragment =
  | ExplorerLinkEnd_Committee_Fragment
  | ExplorerLinkEnd_Initiative_Fragment
  | ExplorerLinkEnd_Partner_Fragment
  | ExplorerLinkEnd_Recommendation_Fragment
  | ExplorerLinkEnd_Result_Fragment
  | ExplorerLinkEnd_Strategy_Fragment
  | ExplorerLinkEnd_Theme_Fragment
  | ExplorerLinkEnd_Town_Fragment
  | ExplorerLinkEnd_Unit_Fragment
  | ExplorerLinkEnd_Year_Fragment
;

export type ExplorerBootQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerBootQuery = { years: Array<{ value: number }>, themes: Array<{ id: string, label: string }>, initiatives: Array<{ id: string, years: Array<{ node: { value: number } }>, themes: Array<{ node: { id: string } }> }> };

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
}>;


export type ExplorerSearchQuery = { search: Array<{ field: string, snippet: string, node:
      | { __typename: 'Committee', id: string, label: string }
      | { __typename: 'Initiative', id: string, label: string }
      | { __typename: 'Partner', id: string, label: string }
      | { __typename: 'Recommendation', id: string, label: string }
      | { __typename: 'Result', year: number | null, id: string, label: string }
      | { __typename: 'Strategy', id: string, label: string }
      | { __typename: 'Theme', id: string, label: string }
      | { __typename: 'Town', id: string, label: string }
      | { __typename: 'Unit', id: string, label: string }
      | { __typename: 'Year', value: number, id: string, label: string }
     }> };

export type ExplorerNeighbourIdsQueryVariables = Exact<{
  id: string | number;
  types: Array<NodeKind> | NodeKind | null | undefined;
}>;


export type ExplorerNeighbourIdsQuery = { neighborhood: { truncated: boolean, nodes: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    > } | null };

export type ExplorerSubgraphQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ExplorerSubgraphQuery = { subgraph: { missing: Array<string>, nodes: Array<
      | { __typename: 'Committee', id: string, label: string }
      | { __typename: 'Initiative', id: string, label: string }
      | { __typename: 'Partner', id: string, label: string }
      | { __typename: 'Recommendation', id: string, label: string }
      | { __typename: 'Result', year: number | null, id: string, label: string }
      | { __typename: 'Strategy', id: string, label: string }
      | { __typename: 'Theme', id: string, label: string }
      | { __typename: 'Town', id: string, label: string }
      | { __typename: 'Unit', id: string, label: string }
      | { __typename: 'Year', value: number, id: string, label: string }
    >, edges: Array<{ id: string, type: string, from: string, to: string, event: string | null, evidence: { page: number, quote: string, basis: Basis, rationale: string | null } }> } };

export type ExplorerNeighbourCountsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ExplorerNeighbourCountsQuery = { neighborCounts: Array<{ id: string, total: number, byKind: Array<{ kind: NodeKind, count: number }> } | null> };

export type ExplorerShortestPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type ExplorerShortestPathQuery = { connection: Array<{ nodes: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    >, edges: Array<{ id: string }> }> | null };

export type ExplorerPartnersSpanningQueryVariables = Exact<{
  min: number;
  after: string | null | undefined;
}>;


export type ExplorerPartnersSpanningQuery = { partners: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { partner: { id: string }, initiatives: Array<{ node: { id: string } }> } }> } };

export type ExplorerCoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerCoverageQuery = { coverage: { total: number, rows: Array<{ id: string, label: string }>, columns: Array<{ id: string, label: string }>, cells: Array<{ row: string, column: string, count: number, initiativeIds: Array<string> }> } };

export type ExplorerTraceQueryVariables = Exact<{
  themeId: string | number;
}>;


export type ExplorerTraceQuery = { trace: { strategy: { id: string }, themes: Array<{ theme: { id: string }, initiatives: Array<{ initiative: { id: string }, results: Array<{ node: { id: string } }> }> }> } };

export type ExplorerNodeDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerNodeDetailsQuery = { node:
    | { __typename: 'Committee', aliases: Array<string>, id: string, label: string }
    | { __typename: 'Initiative', number: number, page: number, summary: string, status: string | null, id: string, label: string, statusEvidence: { page: number, quote: string } | null, themes: Array<{ node: { __typename: 'Theme', id: string, label: string }, evidence: { page: number, quote: string, basis: Basis, rationale: string | null } }>, towns: Array<{ node: { __typename: 'Town', id: string, label: string }, evidence: { page: number, quote: string, basis: Basis, rationale: string | null } }>, partners: Array<{ node: { __typename: 'Partner', id: string, label: string }, evidence: { page: number, quote: string, basis: Basis, rationale: string | null } }>, mentions: Array<{ node: { __typename: 'Partner', id: string, label: string }, evidence: { page: number, quote: string, basis: Basis, rationale: string | null } }>, units: Array<{ node: { __typename: 'Unit', id: string, label: string }, evidence: { page: number, quote: string, basis: Basis, rationale: string | null } }>, committees: Array<{ role: CommitteeRole, node: { __typename: 'Committee', id: string, label: string }, evidence: { page: number, quote: string, basis: Basis, rationale: string | null } }>, years: Array<{ event: string, node: { __typename: 'Year', id: string, label: string }, evidence: { page: number, quote: string, basis: Basis, rationale: string | null } }>, related: Array<{ node: { __typename: 'Initiative', id: string, label: string }, evidence: { page: number, quote: string, basis: Basis, rationale: string | null } }>, results: Array<{ node: { id: string, text: string, value: number | null, unit: string | null, year: number | null }, evidence: { page: number, quote: string, basis: Basis, rationale: string | null } }> }
    | { __typename: 'Partner', type: PartnerType, isPartner: boolean, aliases: Array<string>, id: string, label: string }
    | { __typename: 'Recommendation', summary: string, page: number, id: string, label: string }
    | { __typename: 'Result', text: string, value: number | null, unit: string | null, year: number | null, id: string, label: string }
    | { __typename: 'Strategy', description: string, id: string, label: string }
    | { __typename: 'Theme', description: string, id: string, label: string }
    | { __typename: 'Town', aliases: Array<string>, id: string, label: string, profile: { summary: string, quote: string, page: number } | null }
    | { __typename: 'Unit', aliases: Array<string>, id: string, label: string }
    | { __typename: 'Year', id: string, label: string }
   | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ExplorerNodeFragmentDoc = new TypedDocumentString(`
    fragment ExplorerNode on Node {
  id
  label
  __typename
  ... on Year {
    value
  }
  ... on Result {
    year
  }
}
    `, {"fragmentName":"ExplorerNode"}) as unknown as TypedDocumentString<ExplorerNodeFragment, unknown>;
export const ExplorerEvidenceFragmentDoc = new TypedDocumentString(`
    fragment ExplorerEvidence on Evidence {
  page
  quote
  basis
  rationale
}
    `, {"fragmentName":"ExplorerEvidence"}) as unknown as TypedDocumentString<ExplorerEvidenceFragment, unknown>;
export const ExplorerLinkEndFragmentDoc = new TypedDocumentString(`
    fragment ExplorerLinkEnd on Node {
  id
  label
  __typename
}
    `, {"fragmentName":"ExplorerLinkEnd"}) as unknown as TypedDocumentString<ExplorerLinkEndFragment, unknown>;
export const ExplorerBootDocument = new TypedDocumentString(`
    query ExplorerBoot {
  years {
    value
  }
  themes {
    id
    label
  }
  initiatives {
    id
    years {
      node {
        value
      }
    }
    themes {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerBootQuery, ExplorerBootQueryVariables>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($text: String!) {
  search(text: $text, first: 12) {
    node {
      ...ExplorerNode
    }
    field
    snippet
  }
}
    fragment ExplorerNode on Node {
  id
  label
  __typename
  ... on Year {
    value
  }
  ... on Result {
    year
  }
}`) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerNeighbourIdsDocument = new TypedDocumentString(`
    query ExplorerNeighbourIds($id: ID!, $types: [NodeKind!]) {
  neighborhood(id: $id, depth: 1, limit: 1000, types: $types) {
    truncated
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerNeighbourIdsQuery, ExplorerNeighbourIdsQueryVariables>;
export const ExplorerSubgraphDocument = new TypedDocumentString(`
    query ExplorerSubgraph($ids: [ID!]!) {
  subgraph(ids: $ids) {
    nodes {
      ...ExplorerNode
    }
    edges {
      id
      type
      from
      to
      event
      evidence {
        ...ExplorerEvidence
      }
    }
    missing
  }
}
    fragment ExplorerNode on Node {
  id
  label
  __typename
  ... on Year {
    value
  }
  ... on Result {
    year
  }
}
fragment ExplorerEvidence on Evidence {
  page
  quote
  basis
  rationale
}`) as unknown as TypedDocumentString<ExplorerSubgraphQuery, ExplorerSubgraphQueryVariables>;
export const ExplorerNeighbourCountsDocument = new TypedDocumentString(`
    query ExplorerNeighbourCounts($ids: [ID!]!) {
  neighborCounts(ids: $ids) {
    id
    total
    byKind {
      kind
      count
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerNeighbourCountsQuery, ExplorerNeighbourCountsQueryVariables>;
export const ExplorerShortestPathDocument = new TypedDocumentString(`
    query ExplorerShortestPath($from: ID!, $to: ID!) {
  connection(from: $from, to: $to, maxHops: 6) {
    nodes {
      id
    }
    edges {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerShortestPathQuery, ExplorerShortestPathQueryVariables>;
export const ExplorerPartnersSpanningDocument = new TypedDocumentString(`
    query ExplorerPartnersSpanning($min: Int!, $after: String) {
  partners(minInitiatives: $min, first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        partner {
          id
        }
        initiatives {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerPartnersSpanningQuery, ExplorerPartnersSpanningQueryVariables>;
export const ExplorerCoverageDocument = new TypedDocumentString(`
    query ExplorerCoverage {
  coverage(rows: THEME, columns: TOWN) {
    total
    rows {
      id
      label
    }
    columns {
      id
      label
    }
    cells {
      row
      column
      count
      initiativeIds
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerCoverageQuery, ExplorerCoverageQueryVariables>;
export const ExplorerTraceDocument = new TypedDocumentString(`
    query ExplorerTrace($themeId: ID!) {
  trace(themeId: $themeId) {
    strategy {
      id
    }
    themes {
      theme {
        id
      }
      initiatives {
        initiative {
          id
        }
        results {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerTraceQuery, ExplorerTraceQueryVariables>;
export const ExplorerNodeDetailsDocument = new TypedDocumentString(`
    query ExplorerNodeDetails($id: ID!) {
  node(id: $id) {
    id
    label
    __typename
    ... on Initiative {
      number
      page
      summary
      status
      statusEvidence {
        page
        quote
      }
      themes {
        node {
          ...ExplorerLinkEnd
        }
        evidence {
          ...ExplorerEvidence
        }
      }
      towns {
        node {
          ...ExplorerLinkEnd
        }
        evidence {
          ...ExplorerEvidence
        }
      }
      partners {
        node {
          ...ExplorerLinkEnd
        }
        evidence {
          ...ExplorerEvidence
        }
      }
      mentions {
        node {
          ...ExplorerLinkEnd
        }
        evidence {
          ...ExplorerEvidence
        }
      }
      units {
        node {
          ...ExplorerLinkEnd
        }
        evidence {
          ...ExplorerEvidence
        }
      }
      committees {
        role
        node {
          ...ExplorerLinkEnd
        }
        evidence {
          ...ExplorerEvidence
        }
      }
      years {
        event
        node {
          ...ExplorerLinkEnd
        }
        evidence {
          ...ExplorerEvidence
        }
      }
      related {
        node {
          ...ExplorerLinkEnd
        }
        evidence {
          ...ExplorerEvidence
        }
      }
      results {
        node {
          id
          text
          value
          unit
          year
        }
        evidence {
          ...ExplorerEvidence
        }
      }
    }
    ... on Theme {
      description
    }
    ... on Strategy {
      description
    }
    ... on Recommendation {
      summary
      page
    }
    ... on Town {
      aliases
      profile {
        summary
        quote
        page
      }
    }
    ... on Partner {
      type
      isPartner
      aliases
    }
    ... on Unit {
      aliases
    }
    ... on Committee {
      aliases
    }
    ... on Result {
      text
      value
      unit
      year
    }
  }
}
    fragment ExplorerEvidence on Evidence {
  page
  quote
  basis
  rationale
}
fragment ExplorerLinkEnd on Node {
  id
  label
  __typename
}`) as unknown as TypedDocumentString<ExplorerNodeDetailsQuery, ExplorerNodeDetailsQueryVariables>;