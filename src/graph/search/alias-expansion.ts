import { foldDanish } from '../../text/fold-danish';

/** The spellings of one entity: its name and its aliases. */
export type SpellingGroup = string[];

/** Folded words only: "Sdr. Omme", "Sdr.Omme" and "sdr omme" all become "sdr omme". */
export function spellingKey(text: string): string {
  return foldDanish(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The texts to search besides the one typed: wherever the typed text holds one spelling of an
 * entity as whole words, the same text with each other spelling in its place. The typed text comes
 * first; at most `limit` texts in all, so that a text naming many entities cannot grow the query.
 */
export function expandAliases(text: string, groups: readonly SpellingGroup[], limit = 8): string[] {
  const typed = spellingKey(text);
  const texts = [typed];
  for (const group of groups) {
    const keys = [...new Set(group.map(spellingKey).filter((key) => key.length > 0))];
    for (const key of keys) {
      const at = ` ${typed} `.indexOf(` ${key} `);
      if (at < 0) continue;
      for (const other of keys) {
        if (other === key) continue;
        texts.push(`${typed.slice(0, at)}${other}${typed.slice(at + key.length)}`.trim());
      }
    }
  }
  return [...new Set(texts)].slice(0, limit);
}
