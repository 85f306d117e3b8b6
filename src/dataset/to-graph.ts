import type { Dataset, Evidence, InitiativeEntry, UnitEntry } from './dataset.types';
import { foldDanish } from './name-key';
import { searchForms } from '../text/search-forms';
import { NODE_LABELS, type NodeLabel } from '../vocabulary/node-kinds';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../vocabulary/relationship-types';

export { RELATIONSHIP_TYPES, type RelationshipType };

// Node labels the loader may set (everything spliced into Cypher comes from these lists): the vocabulary's.
export { NODE_LABELS, type NodeLabel };
type Value = string | number | boolean | string[] | null;

export interface GraphNode {
  label: NodeLabel;
  key: string;
  props: Record<string, Value>;
}

export interface GraphRelationship {
  type: RelationshipType;
  key: string;
  from: string;
  to: string;
  props: Record<string, Value>;
}

export interface GraphData {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

export const keyOf = (kind: string, id: string | number) => `${kind}:${id}`;

/** Evidence as relationship properties: always a page, a quote and a basis (STATED or INFERRED). */
function evidence(link: Evidence, defaultPage: number): Record<string, Value> {
  return {
    page: link.page ?? defaultPage,
    quote: link.quote.replace(/\s+/g, ' ').trim(),
    basis: (link.basis ?? 'stated').toUpperCase(),
    rationale: link.rationale ?? null,
    // What the evidence_search index reads: the quote in every form a person may type it.
    searchText: searchForms(link.quote),
  };
}

function named(kind: string, label: NodeLabel, entry: { id: string; name: string; aliases?: string[] }, extra: Record<string, Value> = {}): GraphNode {
  const aliases = entry.aliases ?? [];
  return {
    label,
    key: keyOf(kind, entry.id),
    props: {
      id: entry.id,
      key: keyOf(kind, entry.id),
      name: entry.name,
      aliases,
      aliasText: aliases.join(' | '),
      folded: searchForms([entry.name, ...aliases].join(' | ')),
      ...extra,
    },
  };
}

/** Turns the curated dataset into the exact set of nodes and relationships the graph must hold. */
export function toGraph(dataset: Dataset): GraphData {
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  // The key names the link (a second link of one type between the same pair, e.g. two events in
  // one year, gets a counter), so that MERGE on it makes reloading idempotent.
  const link = (type: RelationshipType, from: string, to: string, props: Record<string, Value>, n = 0) => {
    const key = `${from}|${type}|${to}${n ? `|${n}` : ''}`;
    relationships.push({ type, from, to, key, props: { ...props, key } });
  };

  const { strategy, themes, recommendations } = dataset.strategy.entry;
  const strategyKey = keyOf('strategy', strategy.id);
  nodes.push({
    label: 'Strategy',
    key: strategyKey,
    props: { id: strategy.id, key: strategyKey, name: strategy.name, description: strategy.description, folded: foldDanish(strategy.name) },
  });
  for (const theme of themes) {
    const key = keyOf('theme', theme.id);
    nodes.push({ label: 'Theme', key, props: { id: theme.id, key, name: theme.name, description: theme.description, folded: foldDanish(theme.name) } });
    link('HAS_THEME', strategyKey, key, evidence(theme, 3));
  }
  for (const rec of recommendations) {
    const key = keyOf('recommendation', rec.id);
    nodes.push({
      label: 'Recommendation',
      key,
      props: { id: rec.id, key, number: rec.number, title: rec.title, summary: rec.summary, page: rec.page, folded: foldDanish(rec.title) },
    });
    link('BUILDS_ON', key, keyOf('theme', rec.theme), evidence(rec, rec.page));
  }
  for (const { entry } of dataset.towns) {
    nodes.push(
      named('town', 'Town', entry, {
        profileSummary: entry.profile?.summary ?? null,
        profileQuote: entry.profile?.quote ?? null,
        profilePage: entry.profile?.page ?? null,
      }),
    );
  }
  for (const { entry } of dataset.organisations) nodes.push(named('organisation', 'Organisation', entry, { type: entry.type, bodyKind: entry.kind }));
  for (const { entry } of dataset.units) nodes.push(named('unit', 'Unit', entry));
  // Where a body is (LOCATED_IN) and what it is part of (PART_OF): links of the bodies themselves,
  // each with its own page, so that "touches the town" can reach an initiative through its partner.
  const bodies: [string, UnitEntry][] = [
    ...dataset.organisations.map(({ entry }): [string, UnitEntry] => ['organisation', entry]),
    ...dataset.units.map(({ entry }): [string, UnitEntry] => ['unit', entry]),
  ];
  for (const [kind, entry] of bodies) {
    for (const place of entry.located_in ?? []) link('LOCATED_IN', keyOf(kind, entry.id), keyOf('town', place.id), evidence(place, place.page));
  }
  for (const { entry } of dataset.organisations) {
    if (entry.part_of) link('PART_OF', keyOf('organisation', entry.id), keyOf('organisation', entry.part_of.id), evidence(entry.part_of, entry.part_of.page));
  }
  for (const { entry } of dataset.committees) nodes.push(named('committee', 'Committee', entry));

  const years = new Set<number>();
  for (const { entry } of dataset.initiatives) addInitiative(entry, nodes, link, years);
  for (const year of [...years].sort()) {
    const key = keyOf('year', year);
    nodes.push({ label: 'Year', key, props: { id: String(year), key, value: year, name: String(year) } });
  }
  return { nodes, relationships };
}

function addInitiative(
  entry: InitiativeEntry,
  nodes: GraphNode[],
  link: (type: RelationshipType, from: string, to: string, props: Record<string, Value>, n?: number) => void,
  years: Set<number>,
) {
  const key = keyOf('initiative', entry.id);
  const page = entry.page;
  nodes.push({
    label: 'Initiative',
    key,
    props: {
      id: entry.id,
      key,
      number: entry.number,
      title: entry.title,
      page,
      summary: entry.summary.replace(/\s+/g, ' ').trim(),
      status: entry.status?.value ?? null,
      statusQuote: entry.status?.quote ?? null,
      statusPage: entry.status ? (entry.status.page ?? page) : null,
      folded: searchForms(`${entry.title} | ${entry.summary}`),
    },
  });
  for (const theme of entry.themes ?? []) link('SUPPORTS', key, keyOf('theme', theme.id), evidence(theme, page));
  for (const town of entry.towns ?? []) link('IN_TOWN', key, keyOf('town', town.id), evidence(town, page));
  for (const partner of entry.partners ?? []) link('WITH_PARTNER', key, keyOf('organisation', partner.id), evidence(partner, page));
  for (const mention of entry.mentions ?? []) link('MENTIONS', key, keyOf('organisation', mention.id), evidence(mention, page));
  for (const unit of entry.units ?? []) link('RUN_BY', key, keyOf('unit', unit.id), evidence(unit, page));
  for (const committee of entry.committees ?? []) {
    link(committee.role === 'decided_by' ? 'DECIDED_BY' : 'INVOLVES', key, keyOf('committee', committee.id), evidence(committee, page));
  }
  const perYear = new Map<number, number>();
  for (const year of entry.years ?? []) {
    years.add(year.year);
    const n = perYear.get(year.year) ?? 0;
    perYear.set(year.year, n + 1);
    link('IN_YEAR', key, keyOf('year', year.year), { ...evidence(year, page), event: year.event }, n);
  }
  (entry.results ?? []).forEach((result, index) => {
    const resultKey = keyOf('result', `${entry.id}-${index + 1}`);
    nodes.push({
      label: 'Result',
      key: resultKey,
      props: {
        id: `${entry.id}-${index + 1}`,
        key: resultKey,
        text: result.text,
        name: result.text,
        value: result.value ?? null,
        unit: result.unit ?? null,
        year: result.year ?? null,
        folded: searchForms(result.text),
      },
    });
    link('ACHIEVED', key, resultKey, evidence(result, page));
  });
  for (const related of entry.related ?? []) link('RELATED_TO', key, keyOf('initiative', related.id), evidence(related, page));
}
