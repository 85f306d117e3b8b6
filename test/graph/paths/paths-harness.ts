export { execute } from '../../support/execute';

export const CONNECTION = `query($from: ID!, $to: ID!, $maxHops: Int, $via: [NodeKind!]) {
  connection(from: $from, to: $to, maxHops: $maxHops, via: $via) {
    length
    nodes { id __typename }
    edges { id type from to event evidence { page quote basis rationale } }
  }
}`;

export const CONNECTION_PAGE = `query($from: ID!, $to: ID!, $maxHops: Int, $via: [NodeKind!], $first: Int, $after: String) {
  connectionPage(from: $from, to: $to, maxHops: $maxHops, via: $via, first: $first, after: $after) {
    totalCount
    edges { cursor node { length nodes { id } } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

export const NEIGHBORHOOD = `query($id: ID!, $depth: Int, $types: [NodeKind!], $limit: Int) {
  neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {
    truncated
    nodes { id __typename }
    edges { id type from to event evidence { page quote basis rationale } }
  }
}`;

export const ids = (items: { id: string }[]) => items.map((item) => item.id);
