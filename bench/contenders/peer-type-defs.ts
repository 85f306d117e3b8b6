// Type definitions for @neo4j/graphql equivalent to our schema (schema/schema.graphql): the same
// labels, the same relationship types and directions, the evidence as relationship properties,
// and the same full-text index (entity_text) for search. Only what the catalogue and a reader
// need is declared; every field maps 1:1 onto a stored property.
const evidence = 'properties: "Evidence"';

export const peerTypeDefs = /* GraphQL */ `
  type Evidence @relationshipProperties {
    page: Int
    quote: String
    basis: String
    rationale: String
    event: String
  }

  type Theme @node(labels: ["Theme", "Entity"]) {
    key: ID!
    id: String!
    name: String!
    description: String
    initiatives: [Initiative!]! @relationship(type: "SUPPORTS", direction: IN, ${evidence})
  }

  type Initiative
    @node(labels: ["Initiative", "Entity"])
    @fulltext(indexes: [{ indexName: "entity_text", queryName: "initiativesSearch", fields: ["title", "summary", "folded"] }]) {
    key: ID!
    id: String!
    number: Int!
    title: String!
    page: Int!
    summary: String!
    status: String
    folded: String
    themes: [Theme!]! @relationship(type: "SUPPORTS", direction: OUT, ${evidence})
    towns: [Town!]! @relationship(type: "IN_TOWN", direction: OUT, ${evidence})
    partners: [Organisation!]! @relationship(type: "WITH_PARTNER", direction: OUT, ${evidence})
    mentions: [Organisation!]! @relationship(type: "MENTIONS", direction: OUT, ${evidence})
    units: [Unit!]! @relationship(type: "RUN_BY", direction: OUT, ${evidence})
    years: [Year!]! @relationship(type: "IN_YEAR", direction: OUT, ${evidence})
    results: [Result!]! @relationship(type: "ACHIEVED", direction: OUT, ${evidence})
  }

  type Town
    @node(labels: ["Town", "Entity"])
    @fulltext(indexes: [{ indexName: "entity_text", queryName: "townsSearch", fields: ["name", "aliasText", "folded"] }]) {
    key: ID!
    id: String!
    name: String!
    aliases: [String!]
    aliasText: String
    folded: String
    initiatives: [Initiative!]! @relationship(type: "IN_TOWN", direction: IN, ${evidence})
  }

  type Organisation
    @node(labels: ["Organisation", "Entity"])
    @fulltext(indexes: [{ indexName: "entity_text", queryName: "organisationsSearch", fields: ["name", "aliasText", "folded"] }]) {
    key: ID!
    id: String!
    name: String!
    type: String!
    aliases: [String!]
    aliasText: String
    folded: String
    "How many initiatives it is a partner in, as the loader stores it (cypher/seed/mark-partners.cypher); null if none."
    partnerInitiatives: Int
    initiatives: [Initiative!]! @relationship(type: "WITH_PARTNER", direction: IN, ${evidence})
    mentionedIn: [Initiative!]! @relationship(type: "MENTIONS", direction: IN, ${evidence})
  }

  type Unit @node(labels: ["Unit", "Entity"]) {
    key: ID!
    id: String!
    name: String!
    initiatives: [Initiative!]! @relationship(type: "RUN_BY", direction: IN, ${evidence})
  }

  type Year @node(labels: ["Year", "Entity"]) {
    key: ID!
    id: String!
    value: Int!
    initiatives: [Initiative!]! @relationship(type: "IN_YEAR", direction: IN, ${evidence})
  }

  type Result
    @node(labels: ["Result", "Entity"])
    @fulltext(indexes: [{ indexName: "entity_text", queryName: "resultsSearch", fields: ["text", "folded"] }]) {
    key: ID!
    id: String!
    text: String!
    value: Float
    unit: String
    year: Int
    folded: String
    initiative: [Initiative!]! @relationship(type: "ACHIEVED", direction: IN, ${evidence})
  }
`;
