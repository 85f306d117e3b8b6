import { boolean, int, list, nullable, number, object, oneOf, optional, string, type Reader } from '../../db/row-decoder';

// The row shapes of cypher/evidence/*.cypher, read with db/row-decoder: a missing or mistyped
// column fails at the boundary, naming the query file and the column.

/** A source document without its text (documents-by-ids, source-span). */
export const documentProps = object({
  id: string,
  key: string,
  title: string,
  publisher: string,
  municipalityCode: string,
  councilPeriod: string,
  edition: string,
  language: string,
  file: string,
  sha256: string,
  normalisation: string,
  length: int,
  lineCount: int,
});
export type DocumentRow = ReturnType<typeof documentProps>;

const passageProps = object({
  key: string,
  document: string,
  initiative: string,
  starts: list(int),
  ends: list(int),
  firstLines: list(int),
  lastLines: list(int),
  text: string,
  checked: boolean,
  note: optional(string),
});

/** A passage: its ranges in the document (code points, lines), its text and its initiative's page. */
export interface PassageRow {
  key: string;
  document: string;
  initiative: string;
  page: number;
  ranges: { start: number; end: number; firstLine: number; lastLine: number }[];
  text: string;
  checked: boolean;
  note: string | null;
}

// Neo4j stores a passage's ranges as four parallel lists; they become one list of ranges here.
const toPassage = (props: ReturnType<typeof passageProps>, page: number): PassageRow => ({
  key: props.key,
  document: props.document,
  initiative: props.initiative,
  page,
  ranges: props.starts.map((start, i) => ({ start, end: props.ends[i], firstLine: props.firstLines[i], lastLine: props.lastLines[i] })),
  text: props.text,
  checked: props.checked,
  note: props.note,
});

const keyedPassage = object({ key: string, passage: passageProps, page: int });
/** passages-by-keys, passages-of-initiatives: the key asked for and the passage. */
export const keyedPassageRow: Reader<{ key: string; passage: PassageRow }> = (value, at) => {
  const row = keyedPassage(value, at);
  return { key: row.key, passage: toPassage(row.passage, row.page) };
};

const passageHit = object({ passage: passageProps, page: int, title: string, score: number });
/** search-passages: a passage with its Lucene score. */
export const passageHitRow: Reader<{ passage: PassageRow; title: string; score: number }> = (value, at) => {
  const row = passageHit(value, at);
  return { passage: toPassage(row.passage, row.page), title: row.title, score: row.score };
};

/** One quoted span (an Evidence node). */
export const spanProps = object({
  id: string,
  document: string,
  quote: string,
  exact: optional(string),
  start: int,
  end: int,
  prefix: string,
  suffix: string,
  firstLine: int,
  lastLine: int,
  alignment: oneOf(['exact', 'hyphen-joined'] as const),
  passage: optional(string),
  page: optional(int),
});
export type SpanRow = ReturnType<typeof spanProps>;

/** A link resting on a span. */
export const markLink = object({ type: string, from: string, fromLabel: string, to: string, toLabel: string, basis: oneOf(['STATED', 'INFERRED'] as const) });
export type MarkLinkRow = ReturnType<typeof markLink>;

/** passage-marks: a span of a passage and the links on it. */
export const passageMarkRow = object({ key: string, evidence: spanProps, links: list(markLink) });
export type PassageMarkRow = ReturnType<typeof passageMarkRow>;

export const documentRow = object({ id: string, document: documentProps });
export const sourceSpanRow = object({ document: documentProps, before: string, text: string, after: string, line: int });
export const spanWithTextRow = object({ evidence: spanProps, sha256: string, text: string });
export const statedAlignmentRow = object({ type: string, alignment: nullable(string), count: int });
