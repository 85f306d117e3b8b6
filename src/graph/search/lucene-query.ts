import { foldDanish } from '../../text/fold-danish';

// Lucene's special characters; user text is escaped so it can never change the query's shape.
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0)
    .slice(0, 12);
}

/**
 * Builds a Lucene query from what a person typed: every word must match (AND), each word as typed,
 * as a prefix, with one typo allowed in longer words, and folded (ø→o, æ→ae, å→aa) so that ASCII
 * typing finds Danish spellings.
 */
export function luceneQuery(text: string): string | null {
  const words = tokens(text);
  if (words.length === 0) return null;
  return wordsQuery(words);
}

/** Any of several texts (a typed text and its alias spellings), each built as `luceneQuery` builds one. */
export function anyOfQuery(texts: readonly string[]): string | null {
  const queries = [...new Set(texts.map(luceneQuery).filter((query): query is string => query !== null))];
  if (queries.length <= 1) return queries[0] ?? null;
  return queries.map((query) => `(${query})`).join(' OR ');
}

function wordsQuery(words: string[]): string {
  return words
    .map((word) => {
      const variants = new Set<string>();
      for (const form of [word, foldDanish(word)]) {
        const safe = form.replace(SPECIAL, '\\$&');
        variants.add(safe);
        if (form.length >= 3) variants.add(`${safe}*`);
        if (form.length >= 5) variants.add(`${safe}~1`);
      }
      return `(${[...variants].join(' OR ')})`;
    })
    .join(' AND ');
}

/**
 * The query that finds the entities a text may name by one of their spellings, for alias expansion:
 * any typed word, folded, in the `folded` field (every spelling of the name and the aliases, split
 * and joined as src/text/search-forms.ts writes them). Whole words only: expansion replaces whole words.
 */
export function spellingsQuery(text: string): string | null {
  const words = [...new Set(tokens(text).map((word) => foldDanish(word).replace(SPECIAL, '\\$&')))];
  return words.length === 0 ? null : `folded:(${words.join(' OR ')})`;
}
