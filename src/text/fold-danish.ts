/** Folds Danish letters so that ASCII typing ("sonder omme") matches ("Sønder Omme"). */
export function foldDanish(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'aa')
    .replace(/é/g, 'e');
}
