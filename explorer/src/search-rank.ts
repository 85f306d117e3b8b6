// Search as you type: names that begin with what was typed come first, then names with a word
// that begins with it, then the API's Danish full-text hits (which do not match word beginnings:
// "Grind" finds no Grindsted there). Pure, so it is tested alone.
import type { Kind } from './model';

export interface NamedNode {
  id: string;
  label: string;
  kind: Kind;
}

export interface RankedHit extends NamedNode {
  /** Where it matched: the name, or a field of the full text (summary, evidence…). */
  field: string;
  snippet: string;
}

const fold = (text: string) => text.toLocaleLowerCase('da');

/** 0: the name begins with the text; 1: a word of it does; 2: it holds the text; null: no match. */
export function nameMatch(label: string, text: string): 0 | 1 | 2 | null {
  const name = fold(label);
  const wanted = fold(text.trim());
  if (wanted === '') return null;
  if (name.startsWith(wanted)) return 0;
  if (name.split(/[\s\-–,./()]+/).some((word) => word.startsWith(wanted))) return 1;
  return name.includes(wanted) ? 2 : null;
}

/**
 * Local name matches (by rank, then shorter names first, then alphabetically in Danish order),
 * followed by the full-text hits not already listed, at most `limit` in all.
 */
export function rankHits(text: string, names: readonly NamedNode[], fullText: readonly RankedHit[], limit = 12): RankedHit[] {
  const local = names
    .map((node) => ({ node, rank: nameMatch(node.label, text) }))
    .filter((entry): entry is { node: NamedNode; rank: 0 | 1 | 2 } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.node.label.length - b.node.label.length || a.node.label.localeCompare(b.node.label, 'da'))
    .map(({ node }) => ({ ...node, field: 'name', snippet: '' }));
  const seen = new Set(local.map((hit) => hit.id));
  return [...local, ...fullText.filter((hit) => !seen.has(hit.id))].slice(0, limit);
}
