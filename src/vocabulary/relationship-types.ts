/**
 * Relationship types of the graph: the loader may create only these, and only these may be spliced
 * into Cypher (as a dynamic type). The dataset, the repositories and the report all read this list.
 */
export const RELATIONSHIP_TYPES = [
  'HAS_THEME',
  'BUILDS_ON',
  'SUPPORTS',
  'IN_TOWN',
  'WITH_PARTNER',
  'MENTIONS',
  'RUN_BY',
  'DECIDED_BY',
  'INVOLVES',
  'IN_YEAR',
  'ACHIEVED',
  'RELATED_TO',
  'LOCATED_IN',
  'PART_OF',
] as const;

export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];
