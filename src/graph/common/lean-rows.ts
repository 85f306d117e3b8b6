// A list that can run to thousands of links (a partner's initiatives at scale) is read with only the
// properties its selection needs. Each projection here has the GraphQL fields it can answer; a
// selection that names any other field gets the full properties, so that a field this list does not
// know (one added later, say) is answered from full rows rather than read as null.

/**
 * Initiative fields answered by the lean projection `i {.key, .id, .number, .title, .page, .status}`,
 * or, for the relationship fields, through the request's loaders by key. Not lean: `summary`,
 * `statusEvidence` (its quote and page), `passages`.
 */
const LEAN_INITIATIVE_FIELDS: ReadonlySet<string> = new Set([
  '__typename', 'id', 'slug', 'label', 'number', 'title', 'page', 'status',
  'themes', 'towns', 'partners', 'mentions', 'units', 'committees', 'years', 'results', 'related',
]);

/**
 * Evidence fields answered by the lean projection `r {.key, .page, .quote, .basis, .rationale, .event}`.
 * Not lean: the quote's position (id, start, end, prefix, suffix, lines, alignment, document, passage).
 */
const LEAN_EVIDENCE_FIELDS: ReadonlySet<string> = new Set(['__typename', 'page', 'quote', 'basis', 'rationale']);

const within = (selected: ReadonlySet<string>, allowed: ReadonlySet<string>): boolean => [...selected].every((field) => allowed.has(field));

/** Whether the initiatives of a list can be read lean, given the fields selected on them. */
export const leanInitiatives = (selected: ReadonlySet<string>): boolean => within(selected, LEAN_INITIATIVE_FIELDS);

/** Whether the evidence of a list's links can be read lean, given the fields selected on it. */
export const leanEvidence = (selected: ReadonlySet<string>): boolean => within(selected, LEAN_EVIDENCE_FIELDS);
