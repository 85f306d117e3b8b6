import { foldDanish } from '../../text/fold-danish';
import { LABEL_OF_KIND, toEntity, type EntityObject, type Kind } from '../common/entity.mapper';
import { expandAliases } from './alias-expansion';
import { anyOfQuery, spellingsQuery, tokens } from './lucene-query';
import type { SearchRepository } from './search.repository';

export interface Hit {
  node: EntityObject;
  score: number;
  field: string;
  snippet: string;
}

// Fields shown as "where it matched", most telling first. `folded` is the ASCII spelling.
const FIELDS = ['title', 'name', 'aliases', 'summary', 'description', 'text', 'folded'] as const;
// A match in a quote says less about the entity than a match in its own name.
const EVIDENCE_WEIGHT = 0.6;

export async function searchGraph(repository: SearchRepository, text: string, kinds: Kind[] | null, first: number): Promise<Hit[]> {
  // Alias expansion: "sønder omme" is also searched as "sdr omme" (and what else the entity is called).
  const candidates = spellingsQuery(text);
  const texts = expandAliases(text, candidates ? await repository.spellings(candidates) : []);
  const query = anyOfQuery(texts);
  if (!query) return [];
  const labels = kinds ? kinds.map((kind) => LABEL_OF_KIND[kind]) : null;
  const [nodeRows, evidenceRows] = await Promise.all([repository.nodes(query, labels, first), repository.evidence(query, labels, first)]);
  const words = tokens(text);
  const hits = new Map<string, Hit>();
  for (const row of nodeRows) {
    const node = toEntity(row.target, row.labels);
    hits.set(node.id, { node, score: row.score * nameBoost(node, text), ...matchingField(node, words) });
  }
  for (const row of evidenceRows) {
    const node = toEntity(row.target, row.labels);
    const score = row.score * EVIDENCE_WEIGHT;
    const known = hits.get(node.id);
    if (!known || known.score < score) hits.set(node.id, { node, score, field: 'evidence', snippet: String(row.quote) });
  }
  return [...hits.values()].sort((a, b) => b.score - a.score || a.node.label.localeCompare(b.node.label) || compareIds(a.node.id, b.node.id)).slice(0, first);
}

/**
 * Lucene ranks a long summary that repeats a word above the entity of that name; people typing
 * "grindsted" mean the town first. An exact name or alias counts triple, a name that starts with
 * the text double.
 */
export function nameBoost(node: EntityObject, text: string): number {
  const wanted = foldDanish(text.trim()).replace(/[^a-z0-9]+/g, ' ').trim();
  const names = [node.label, ...((node.aliases as string[] | undefined) ?? [])].map((name) =>
    foldDanish(name).replace(/[^a-z0-9]+/g, ' ').trim(),
  );
  if (names.some((name) => name === wanted)) return 3;
  if (names.some((name) => name.startsWith(wanted))) return 2;
  return 1;
}

/** The first field whose folded text contains a folded query word (or its first five letters). */
export function matchingField(node: Record<string, unknown>, words: string[]): { field: string; snippet: string } {
  const needles = words.map((word) => foldDanish(word)).map((word) => (word.length > 5 ? word.slice(0, 5) : word));
  for (const field of FIELDS) {
    const raw = node[field];
    const value = Array.isArray(raw) ? raw.join(', ') : typeof raw === 'string' ? raw : '';
    if (!value) continue;
    const folded = foldDanish(value);
    const at = needles.map((needle) => folded.indexOf(needle)).find((index) => index >= 0);
    if (at !== undefined) return { field: field === 'folded' ? 'name' : field, snippet: snippet(value, at) };
  }
  return { field: 'text', snippet: String(node.label ?? '') };
}

function snippet(value: string, at: number): string {
  if (value.length <= 160) return value;
  const start = Math.max(0, at - 60);
  return `${start > 0 ? '…' : ''}${value.slice(start, start + 160)}${start + 160 < value.length ? '…' : ''}`;
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
