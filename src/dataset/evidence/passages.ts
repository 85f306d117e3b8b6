import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { seedDir } from '../../paths';
import type { DatasetProblem } from '../read-dataset';
import type { SourceDocument } from './source-document';

/** One stretch of an example's text: lines first..last (1-based, inclusive) and its UTF-16 span. */
export interface PassageRange {
  firstLine: number;
  lastLine: number;
  start: number;
  end: number;
}

/** The text of one example as the report lays it out: one or more ranges of one document. */
export interface Passage {
  id: string;
  key: string;
  document: string;
  initiative: string;
  ranges: PassageRange[];
  checked: boolean;
  note: string | null;
}

interface PassageEntry {
  initiative: string;
  lines: [number, number][];
  checked?: boolean;
  note?: string;
}

export const PASSAGES_FILE = 'passages.yaml';

// A passage id names its document, so that a later edition or another municipality's report can
// hold a passage of an initiative with the same id.
export const passageId = (documentId: string, initiativeId: string) => `${documentId}/${initiativeId}`;
export const passageKey = (id: string) => `passage:${id}`;

/**
 * Reads seed/passages.yaml against the document it names; every problem names the file, the
 * initiative and what is wrong, and a passage with a problem is left out.
 */
export function readPassages(documents: Map<string, SourceDocument>, root = seedDir): { passages: Passage[]; problems: DatasetProblem[] } {
  const file = PASSAGES_FILE;
  const full = path.join(root, file);
  if (!existsSync(full)) return { passages: [], problems: [{ file, message: 'file is missing' }] };
  let data: unknown;
  try {
    data = parse(readFileSync(full, 'utf8'));
  } catch (error) {
    return { passages: [], problems: [{ file, message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const record = (data ?? {}) as { document?: unknown; passages?: unknown };
  const document = typeof record.document === 'string' ? documents.get(record.document) : undefined;
  if (!document) return { passages: [], problems: [{ file, message: `document: no document with id "${String(record.document)}" in documents.yaml` }] };
  if (!Array.isArray(record.passages)) return { passages: [], problems: [{ file, message: 'passages: must be a list' }] };
  const problems: DatasetProblem[] = [];
  const passages: Passage[] = [];
  const seen = new Set<string>();
  for (const raw of record.passages as PassageEntry[]) {
    const entry = typeof raw?.initiative === 'string' ? raw.initiative : '?';
    const problem = (message: string) => problems.push({ file, entry, message });
    if (entry === '?') {
      problem('initiative: must be an id');
      continue;
    }
    if (seen.has(entry)) problem('a second passage of the same initiative');
    seen.add(entry);
    const lines = Array.isArray(raw.lines) ? raw.lines : [];
    const valid = lines.length > 0 && lines.every((r) => Array.isArray(r) && r.length === 2 && r.every(Number.isInteger));
    if (!valid) {
      problem('lines: must be a non-empty list of [first, last] line numbers');
      continue;
    }
    const bad = lines.find(([a, b], i) => a < 1 || b < a || b > document.lineCount || (i > 0 && a <= lines[i - 1][1]));
    if (bad) {
      problem(`lines: [${bad.join(', ')}] is not a range of lines 1–${document.lineCount} after the one before`);
      continue;
    }
    const id = passageId(document.meta.id, entry);
    passages.push({
      id,
      key: passageKey(id),
      document: document.meta.id,
      initiative: entry,
      ranges: lines.map(([firstLine, lastLine]) => ({ firstLine, lastLine, ...document.lineSpan(firstLine, lastLine) })),
      checked: raw.checked === true,
      note: typeof raw.note === 'string' ? raw.note : null,
    });
  }
  return { passages, problems };
}

/** The text of a passage: its ranges in order, a blank line between two ranges. */
export function passageTextOf(passage: Passage, document: SourceDocument): string {
  return passage.ranges.map((r) => document.text.slice(r.start, r.end)).join('\n\n');
}

/** Whether a UTF-16 span lies inside one range of the passage. */
export function passageHolds(passage: Passage, start: number, end: number): boolean {
  return passage.ranges.some((r) => r.start <= start && end <= r.end);
}
