import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { seedDir } from '../../paths';
import type { DatasetProblem } from '../read-dataset';
import { passageTextOf, readPassages, type Passage } from './passages';
import { SourceDocument, type DocumentMeta } from './source-document';

/** The source documents and the passages of the examples in them. */
export interface Sources {
  documents: Map<string, SourceDocument>;
  passages: Passage[];
  problems: DatasetProblem[];
}

export const DOCUMENTS_FILE = 'documents.yaml';
const FIELDS = ['id', 'file', 'title', 'publisher', 'municipalityCode', 'councilPeriod', 'edition', 'language'] as const;

/** Reads seed/documents.yaml, each document's text, and seed/passages.yaml. */
export function readSources(root = seedDir): Sources {
  const file = DOCUMENTS_FILE;
  const documents = new Map<string, SourceDocument>();
  const problems: DatasetProblem[] = [];
  const full = path.join(root, file);
  let list: unknown = [];
  try {
    list = existsSync(full) ? (parse(readFileSync(full, 'utf8')) as { documents?: unknown })?.documents : undefined;
  } catch (error) {
    problems.push({ file, message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
  }
  if (!Array.isArray(list)) problems.push({ file, message: existsSync(full) ? 'documents: must be a list' : 'file is missing' });
  for (const raw of Array.isArray(list) ? (list as Record<string, unknown>[]) : []) {
    const entry = typeof raw?.id === 'string' ? raw.id : '?';
    const missing = FIELDS.filter((f) => typeof raw?.[f] !== 'string' || raw[f] === '');
    if (missing.length > 0) {
      problems.push({ file, entry, message: `missing or empty: ${missing.join(', ')}` });
      continue;
    }
    const meta = Object.fromEntries(FIELDS.map((f) => [f, raw[f]])) as unknown as DocumentMeta;
    if (!existsSync(path.join(root, meta.file))) {
      problems.push({ file, entry, message: `file: ${meta.file} does not exist` });
      continue;
    }
    if (documents.has(meta.id)) problems.push({ file, entry, message: 'a second document with the same id' });
    documents.set(meta.id, SourceDocument.load(meta, root));
  }
  const { passages, problems: passageProblems } = readPassages(documents, root);
  return { documents, passages, problems: [...problems, ...passageProblems] };
}

/**
 * The report's own text of one example (its passage, ranges in order), or undefined when the
 * example has no passage. With more than one document, name the document.
 */
export function passageText(sources: Sources, initiativeId: string, documentId?: string): string | undefined {
  const passage = sources.passages.find((p) => p.initiative === initiativeId && (documentId === undefined || p.document === documentId));
  const document = passage && sources.documents.get(passage.document);
  return passage && document ? passageTextOf(passage, document) : undefined;
}
