import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { seedDir } from '../../paths';

/** What seed/documents.yaml says about one source document (the report, a later edition, …). */
export interface DocumentMeta {
  id: string;
  file: string;
  title: string;
  publisher: string;
  municipalityCode: string;
  councilPeriod: string;
  edition: string;
  language: string;
}

/**
 * The rule by which a source file becomes the text that every position counts in. Kept this small
 * on purpose: line breaks and hyphens stay as printed, so that a position points into the text a
 * reader sees, and the quote matcher (find-quote.ts) bridges the layout instead.
 */
export const NORMALISATION = 'utf-8, Unicode NFC, line endings LF; positions in code points, half-open';

/** One source document: its normalised text, its digest and the index from offsets to lines. */
export class SourceDocument {
  readonly text: string;
  readonly sha256: string;
  /** UTF-16 offset of the start of each line (line n starts at lineStarts[n - 1]). */
  private readonly lineStarts: number[];
  /** Whether every character is one UTF-16 unit, so code points and JS offsets agree. */
  private readonly bmpOnly: boolean;

  constructor(
    readonly meta: DocumentMeta,
    bytes: Buffer,
  ) {
    this.sha256 = createHash('sha256').update(bytes).digest('hex');
    this.text = bytes.toString('utf8').replace(/\r\n?/g, '\n').normalize('NFC');
    this.lineStarts = [0];
    for (let i = 0; i < this.text.length; i += 1) if (this.text[i] === '\n') this.lineStarts.push(i + 1);
    this.bmpOnly = !/[\uD800-\uDBFF]/.test(this.text);
  }

  static load(meta: DocumentMeta, root = seedDir): SourceDocument {
    return new SourceDocument(meta, readFileSync(path.join(root, meta.file)));
  }

  get key(): string {
    return documentKey(this.meta.id);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** UTF-16 offset → code point offset (what the API gives out). */
  toCodePoint(offset: number): number {
    return this.bmpOnly ? offset : [...this.text.slice(0, offset)].length;
  }

  /** Code point offset → UTF-16 offset. */
  fromCodePoint(codePoint: number): number {
    if (this.bmpOnly) return codePoint;
    let units = 0;
    let seen = 0;
    for (const ch of this.text) {
      if (seen === codePoint) break;
      units += ch.length;
      seen += 1;
    }
    return units;
  }

  /** 1-based line of a UTF-16 offset. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** UTF-16 span [start, end) of lines first..last (1-based, inclusive), without the last newline. */
  lineSpan(first: number, last: number): { start: number; end: number } {
    const start = this.lineStarts[first - 1];
    const end = last < this.lineStarts.length ? this.lineStarts[last] - 1 : this.text.length;
    return { start, end };
  }
}

export const documentKey = (id: string) => `document:${id}`;

/** A stable id of a piece of evidence: the document's digest and the span, nothing else. */
export function evidenceId(documentSha256: string, start: number, end: number): string {
  return `ev-${createHash('sha256').update(`${documentSha256}|${start}|${end}`).digest('hex').slice(0, 20)}`;
}
