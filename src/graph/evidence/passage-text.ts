import type { PassageRow } from './evidence.rows';

/** The gap that joins two ranges of a passage in its text (as src/dataset/evidence/passages.ts writes it). */
const JOIN = 2;

/**
 * Where a span of the document [start, end) stands in the passage's text (ranges in order, a
 * blank line between two), or null when it lies in no single range.
 */
export function passageOffset(passage: PassageRow, start: number, end: number): { start: number; end: number } | null {
  let base = 0;
  for (const range of passage.ranges) {
    if (range.start <= start && end <= range.end) return { start: base + start - range.start, end: base + end - range.start };
    base += range.end - range.start + JOIN;
  }
  return null;
}

export interface TextRange {
  start: number;
  end: number;
}

/**
 * A short stretch of text around the first place a query word occurs (compared case- and
 * accent-folded, on the first five letters, as the search ranks), with every occurrence of a query
 * word inside it as a range of the snippet.
 */
export function snippetOf(text: string, words: string[], fold: (s: string) => string, width = 180): { snippet: string; highlights: TextRange[] } {
  const needles = words.map((w) => fold(w)).map((w) => (w.length > 5 ? w.slice(0, 5) : w)).filter((w) => w.length > 0);
  // Folding may change the length of a character (æ → ae); fold per character to keep offsets.
  const folded: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const f = fold(text[i]);
    for (const ch of f) {
      folded.push(ch);
      origin.push(i);
    }
  }
  const flat = folded.join('');
  const hits: TextRange[] = [];
  for (const needle of needles) {
    for (let at = flat.indexOf(needle); at >= 0; at = flat.indexOf(needle, at + needle.length)) {
      // Extend to the end of the word: the match is the word that starts with the needle.
      let endIndex = origin[at + needle.length - 1] + 1;
      while (endIndex < text.length && /[\p{L}\p{N}]/u.test(text[endIndex])) endIndex += 1;
      hits.push({ start: origin[at], end: endIndex });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  const first = hits[0]?.start ?? 0;
  const from = Math.max(0, first - Math.floor(width / 3));
  const to = Math.min(text.length, from + width);
  const lead = from > 0 ? '…' : '';
  // Offsets after collapsing whitespace: recompute by walking the slice.
  const map: number[] = [];
  let out = '';
  let lastSpace = false;
  for (let i = from; i < to; i += 1) {
    const space = /\s/.test(text[i]);
    map[i - from] = lead.length + out.length;
    if (space && lastSpace) continue;
    out += space ? ' ' : text[i];
    lastSpace = space;
  }
  map[to - from] = lead.length + out.length;
  const highlights = hits
    .filter((h) => h.start >= from && h.end <= to)
    .map((h) => ({ start: map[h.start - from], end: map[h.end - from] }))
    .filter((h, i, all) => i === 0 || h.start >= all[i - 1].end);
  return { snippet: `${lead}${out}${to < text.length ? '…' : ''}`, highlights };
}

/** The snippet with each highlight wrapped in « », for a reader without a renderer. */
export function markSnippet(snippet: string, highlights: TextRange[]): string {
  let out = '';
  let at = 0;
  for (const h of highlights) {
    out += `${snippet.slice(at, h.start)}«${snippet.slice(h.start, h.end)}»`;
    at = h.end;
  }
  return out + snippet.slice(at);
}
