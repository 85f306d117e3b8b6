import { findQuote } from '../../text/find-quote';

export type VerifyStatus = 'EXACT' | 'HYPHEN_JOINED' | 'MOVED' | 'NOT_FOUND';

/**
 * Re-finds a quote in a document's text: at its stored position (exact, or across a line-break
 * hyphen it joins), elsewhere (the text changed under it: moved, with the new position), or not at all.
 * Offsets are the text's (BMP-only documents: code points and UTF-16 agree).
 */
export function verifyAt(text: string, quote: string, start: number, end: number): { status: VerifyStatus; start: number | null; end: number | null } {
  const matches = findQuote(text, quote);
  const here = matches.find((m) => m.start === start && m.end === end);
  if (here) return { status: here.alignment === 'exact' ? 'EXACT' : 'HYPHEN_JOINED', start, end };
  if (matches.length > 0) return { status: 'MOVED', start: matches[0].start, end: matches[0].end };
  return { status: 'NOT_FOUND', start: null, end: null };
}
