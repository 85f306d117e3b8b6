import { readFileSync } from 'node:fs';
import path from 'node:path';
import { seedDir } from '../paths';

export const SOURCE_FILE = path.join(seedDir, 'source', 'fra-vision-til-virkelighed.txt');

// A hyphen at the end of a line is either a word split by the layout ("beskæftigel-|sesplan") or a
// real hyphen ("Børne-|og Familieudvalget"); the text cannot tell which. We mark it with a soft
// hyphen and let a quote match either reading: joined ("beskæftigelsesplan") or kept ("Børne- og").
const SOFT = '\u00ad';

/** The source with line-end hyphens marked and all whitespace collapsed to single spaces. */
export function normaliseSource(text: string): string {
  return text.replace(/-[ \t]*\r?\n\s*/g, SOFT).replace(/\s+/g, ' ');
}

/** Whitespace collapsed, trimmed: the form in which quotes are written in seed/. */
export function normaliseQuote(quote: string): string {
  return quote.replace(/\s+/g, ' ').trim();
}

const LETTER = /[\p{L}\p{N}]/u;

/** A pattern that finds the quote in the normalised source under both hyphen readings. */
export function quotePattern(quote: string): RegExp {
  const q = normaliseQuote(quote);
  let out = '';
  for (let i = 0; i < q.length; i += 1) {
    const ch = q[i];
    if (ch === '-' && q[i + 1] === ' ') {
      out += `(?:- |-${SOFT}|${SOFT})`;
      i += 1;
      continue;
    }
    if (ch === '-') {
      out += `-${SOFT}?`;
      continue;
    }
    out += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    if (LETTER.test(ch) && i + 1 < q.length && LETTER.test(q[i + 1])) out += `${SOFT}?`;
  }
  return new RegExp(out, 'u');
}

/** The source text, ready for quote look-ups. */
export class SourceText {
  readonly normalised: string;

  constructor(readonly raw: string) {
    this.normalised = normaliseSource(raw);
  }

  static load(file = SOURCE_FILE): SourceText {
    return new SourceText(readFileSync(file, 'utf8'));
  }

  contains(quote: string): boolean {
    return normaliseQuote(quote).length > 0 && quotePattern(quote).test(this.normalised);
  }
}
