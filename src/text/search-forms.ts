import { foldDanish } from './fold-danish';

// A line-break hyphen as the quotes keep it ("Grind- sted", "Badmin- tonklub"), unless the next
// word is the conjunction of a real elision ("Børne- og Familieudvalget").
const LINE_BREAK = /(\p{L})- (?!(?:og|eller|til|samt)\b)(\p{Ll})/gu;
// A dot or a hyphen between two letters: an abbreviation run together ("Sdr.Omme") or a compound
// ("GRAND-Seniorhuset"). Lucene's tokenizer keeps "sdr.omme" as one token and splits at the hyphen.
const JOINED = /(\p{L})[.-](\p{L})/gu;

/**
 * The extra spellings under which a text must be findable: line-break hyphens joined, and words run
 * together by a dot or hyphen both split and joined. Folded (ø→o, æ→ae, å→aa) and lower case,
 * returned after the folded text itself, so that the index holds every form a person may type.
 */
export function searchForms(text: string): string {
  const folded = foldDanish(text.replace(/\s+/g, ' ').trim());
  const healed = folded.replace(LINE_BREAK, '$1$2');
  const split = healed.replace(JOINED, '$1 $2');
  const glued = healed.replace(JOINED, '$1$2');
  return [...new Set([folded, healed, split, glued])].join(' | ');
}
