/** How a quote lines up with the text: as printed, or across a line-break hyphen it joins. */
export type Alignment = 'exact' | 'hyphen-joined';

/** One occurrence of a quote, in UTF-16 offsets of the normalised text. */
export interface QuoteMatch {
  start: number;
  end: number;
  alignment: Alignment;
}

const LETTER = /[\p{L}\p{N}]/u;
// A line break, with the spaces the extraction leaves around it.
const BREAK = '[ \\t]*\\n\\s*';
const escape = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The pattern of a quote in the text. Quotes are written with whitespace collapsed; the text keeps
 * the layout, so a space matches any run of whitespace, and between two letters the layout may
 * have split the word with a hyphen at the end of a line ("beskæftigel-\nsesplan"): that reading
 * is captured in a group so that the match can say it was hyphen-joined. A hyphen the quote keeps
 * ("Børne- og", "14-dages") may stand at the end of a line.
 */
export function quoteRegExp(quote: string): RegExp {
  const q = quote.replace(/\s+/g, ' ').trim();
  let out = '';
  for (let i = 0; i < q.length; i += 1) {
    const ch = q[i];
    if (ch === ' ') out += '\\s+';
    else if (ch === '-') out += `-(?:${BREAK})?`;
    else {
      out += escape(ch);
      if (LETTER.test(ch) && i + 1 < q.length && LETTER.test(q[i + 1])) out += `(-${BREAK})?`;
    }
  }
  return new RegExp(out, 'gu');
}

/** Every occurrence of the quote in the text, in order; none for an empty quote. */
export function findQuote(text: string, quote: string): QuoteMatch[] {
  if (quote.trim() === '') return [];
  const matches: QuoteMatch[] = [];
  for (const m of text.matchAll(quoteRegExp(quote))) {
    const joined = m.slice(1).some((group) => group !== undefined);
    matches.push({ start: m.index, end: m.index + m[0].length, alignment: joined ? 'hyphen-joined' : 'exact' });
  }
  return matches;
}
