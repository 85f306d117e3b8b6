/**
 * A spelling-insensitive key for names, used to catch one entity entered under two spellings:
 * case, punctuation, legal suffixes (A/S, ApS) and Danish letters (ø/o, æ/ae, å/aa) are ignored.
 */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\b(a\/s|aps|i\/s|p\/s)\b/g, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'aa')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9]/g, '');
}

export { foldDanish } from '../text/fold-danish';
