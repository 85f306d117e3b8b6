import type { RelationshipType } from '../../vocabulary/relationship-types';
import type { Loaders } from '../context';
import type { PageEntry } from './initiative.repository';

// The relationship fields of Initiative that follow outgoing links only, and their types. `related`
// follows RELATED_TO both ways and stays with its loaders.
const OUTGOING_FIELDS: Record<string, readonly RelationshipType[]> = {
  themes: ['SUPPORTS'],
  towns: ['IN_TOWN'],
  partners: ['WITH_PARTNER'],
  mentions: ['MENTIONS'],
  units: ['RUN_BY'],
  committees: ['DECIDED_BY', 'INVOLVES'],
  years: ['IN_YEAR'],
  results: ['ACHIEVED'],
};

/** The outgoing link types the selected fields of an initiative will ask for, sorted (a stable parameter). */
export function lookaheadLinkTypes(selected: ReadonlySet<string>): RelationshipType[] {
  const types = new Set<RelationshipType>();
  for (const field of selected) for (const type of OUTGOING_FIELDS[field] ?? []) types.add(type);
  return [...types].sort();
}

/**
 * Hands the links that came with the page to the request's link loaders, so that the field
 * resolvers find them there and send no statement of their own. Every fetched type is primed for
 * every initiative of the page, an empty list included: no links is an answer too.
 */
export function primeLinkLoaders(loaders: Loaders, types: readonly RelationshipType[], page: readonly PageEntry[]): void {
  for (const type of types) {
    const loader = loaders.links(type, 'out');
    for (const entry of page) {
      const source = entry.target.key;
      const rows = entry.links.filter((link) => link.type === type).map(({ rel, target, labels }) => ({ source, rel, target, labels }));
      loader.prime(source, rows);
    }
  }
}
