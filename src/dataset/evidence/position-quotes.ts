import type { DatasetProblem } from '../read-dataset';
import type { QuoteSite } from './collect-quotes';
import { findQuote, type Alignment } from '../../text/find-quote';
import { passageHolds, type Passage } from './passages';
import { evidenceId, type SourceDocument } from './source-document';

/** Where a quote stands: W3C TextPositionSelector + TextQuoteSelector, and the lines. */
export interface QuotePosition {
  evidenceId: string;
  document: string;
  /** Code points of the normalised text, half-open. */
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  firstLine: number;
  lastLine: number;
  alignment: Alignment;
  /** The key of the passage that holds it, when it belongs to an example. */
  passage: string | null;
}

export interface PositionedQuote extends QuoteSite {
  position: QuotePosition;
}

export const CONTEXT_CHARS = 30;

/**
 * Finds every quote in the document and fixes one position for it. A quote found more than once
 * is resolved by its example: the one occurrence inside the initiative's passage; a quote of no
 * example (a town's profile) by its page: the one occurrence inside the passages of the examples
 * printed on that page (`pages`: initiative id → page). When that does not single one out, or the quote is not found, or an example's quote lies outside its passage,
 * the validator says so.
 */
export function positionQuotes(
  sites: QuoteSite[],
  document: SourceDocument,
  passages: Passage[],
  pages: Map<string, number> = new Map(),
): { positioned: PositionedQuote[]; problems: DatasetProblem[] } {
  const byInitiative = new Map(passages.filter((p) => p.document === document.meta.id).map((p) => [p.initiative, p]));
  const positioned: PositionedQuote[] = [];
  const problems: DatasetProblem[] = [];
  for (const site of sites) {
    const problem = (message: string) => problems.push({ file: site.file, entry: site.entry, message: `${site.field}${site.label ? ` ${site.label}` : ''}: ${message}: "${site.quote}"` });
    const matches = findQuote(document.text, site.quote);
    if (matches.length === 0) {
      problem('quote not found in the source');
      continue;
    }
    const passage = site.initiative ? byInitiative.get(site.initiative) : undefined;
    const inPassage = passage ? matches.filter((m) => passageHolds(passage, m.start, m.end)) : [];
    const lines = matches.map((m) => document.lineAt(m.start)).join(', ');
    let match = matches.length === 1 ? matches[0] : undefined;
    if (!match && !passage && site.page !== undefined) {
      const onPage = passages.filter((p) => pages.get(p.initiative) === site.page);
      const candidates = matches.filter((m) => onPage.some((p) => passageHolds(p, m.start, m.end)));
      if (candidates.length === 1) match = candidates[0];
    }
    if (passage && inPassage.length === 0) {
      problem(`quote found (line ${lines}) but outside the passage of example "${site.initiative}" in passages.yaml`);
      continue;
    }
    if (!match) match = inPassage.length === 1 ? inPassage[0] : undefined;
    if (!match) {
      const why = passage ? `${inPassage.length} times inside the passage of "${site.initiative}"` : `not once inside the passages of page ${site.page ?? '?'}`;
      problem(`quote found ${matches.length} times (lines ${lines}), ${why}; the validator cannot tell which: lengthen it`);
      continue;
    }
    const start = document.toCodePoint(match.start);
    const end = document.toCodePoint(match.end);
    positioned.push({
      ...site,
      position: {
        evidenceId: evidenceId(document.sha256, start, end),
        document: document.meta.id,
        start,
        end,
        prefix: document.text.slice(Math.max(0, match.start - CONTEXT_CHARS), match.start),
        suffix: document.text.slice(match.end, match.end + CONTEXT_CHARS),
        firstLine: document.lineAt(match.start),
        lastLine: document.lineAt(Math.max(match.start, match.end - 1)),
        alignment: match.alignment,
        passage: passage?.key ?? null,
      },
    });
  }
  return { positioned, problems };
}

/** Look-up of a position by the initiative (or entry) and the quote, for the graph's evidence. */
export function positionIndex(positioned: PositionedQuote[]): (entry: string, quote: string) => QuotePosition | undefined {
  const index = new Map<string, QuotePosition>();
  const norm = (q: string) => q.replace(/\s+/g, ' ').trim();
  for (const p of positioned) index.set(`${p.entry}\u0000${norm(p.quote)}`, p.position);
  return (entry, quote) => index.get(`${entry}\u0000${norm(quote)}`);
}
