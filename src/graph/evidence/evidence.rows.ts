// Row decoders of the evidence queries: a record becomes a typed object field by field, and a
// missing or mistyped column fails here, at the boundary, naming the column.
export type Row = Record<string, unknown>;

function fail(column: string, want: string, value: unknown): never {
  throw new Error(`evidence row: column ${column} should be ${want}, got ${value === null ? 'null' : typeof value}`);
}
export const str = (row: Row, column: string): string => (typeof row[column] === 'string' ? (row[column] as string) : fail(column, 'a string', row[column]));
export const strOrNull = (row: Row, column: string): string | null => (row[column] === null || row[column] === undefined ? null : str(row, column));
export const num = (row: Row, column: string): number => (typeof row[column] === 'number' ? (row[column] as number) : fail(column, 'a number', row[column]));
export const numOrNull = (row: Row, column: string): number | null => (row[column] === null || row[column] === undefined ? null : num(row, column));
export const obj = (row: Row, column: string): Row =>
  row[column] !== null && typeof row[column] === 'object' && !Array.isArray(row[column]) ? (row[column] as Row) : fail(column, 'a map', row[column]);
export const nums = (row: Row, column: string): number[] =>
  Array.isArray(row[column]) && (row[column] as unknown[]).every((v) => typeof v === 'number') ? (row[column] as number[]) : fail(column, 'a list of numbers', row[column]);
export const list = (row: Row, column: string): Row[] => (Array.isArray(row[column]) ? (row[column] as Row[]) : fail(column, 'a list', row[column]));

/** A source document, without its text. */
export interface DocumentRow {
  id: string;
  key: string;
  title: string;
  publisher: string;
  municipalityCode: string;
  councilPeriod: string;
  edition: string;
  language: string;
  file: string;
  sha256: string;
  normalisation: string;
  length: number;
  lineCount: number;
}

export function decodeDocument(row: Row): DocumentRow {
  return {
    id: str(row, 'id'),
    key: str(row, 'key'),
    title: str(row, 'title'),
    publisher: str(row, 'publisher'),
    municipalityCode: str(row, 'municipalityCode'),
    councilPeriod: str(row, 'councilPeriod'),
    edition: str(row, 'edition'),
    language: str(row, 'language'),
    file: str(row, 'file'),
    sha256: str(row, 'sha256'),
    normalisation: str(row, 'normalisation'),
    length: num(row, 'length'),
    lineCount: num(row, 'lineCount'),
  };
}

/** A passage: its ranges in the document (code points, lines) and its text. */
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

export function decodePassage(props: Row, page: number): PassageRow {
  const starts = nums(props, 'starts');
  const ends = nums(props, 'ends');
  const firstLines = nums(props, 'firstLines');
  const lastLines = nums(props, 'lastLines');
  return {
    key: str(props, 'key'),
    document: str(props, 'document'),
    initiative: str(props, 'initiative'),
    page,
    ranges: starts.map((start, i) => ({ start, end: ends[i], firstLine: firstLines[i], lastLine: lastLines[i] })),
    text: str(props, 'text'),
    checked: props.checked === true,
    note: strOrNull(props, 'note'),
  };
}

/** One quoted span (an Evidence node). */
export interface SpanRow {
  id: string;
  document: string;
  quote: string;
  exact: string | null;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  firstLine: number;
  lastLine: number;
  alignment: string;
  passage: string | null;
  page: number | null;
}

export function decodeSpan(props: Row): SpanRow {
  return {
    id: str(props, 'id'),
    document: str(props, 'document'),
    quote: str(props, 'quote'),
    exact: strOrNull(props, 'exact'),
    start: num(props, 'start'),
    end: num(props, 'end'),
    prefix: str(props, 'prefix'),
    suffix: str(props, 'suffix'),
    firstLine: num(props, 'firstLine'),
    lastLine: num(props, 'lastLine'),
    alignment: str(props, 'alignment'),
    passage: strOrNull(props, 'passage'),
    page: numOrNull(props, 'page'),
  };
}

/** A link resting on a span. */
export interface MarkLinkRow {
  type: string;
  from: string;
  fromLabel: string;
  to: string;
  toLabel: string;
  basis: string;
}

export function decodeMarkLink(row: Row): MarkLinkRow {
  return {
    type: str(row, 'type'),
    from: str(row, 'from'),
    fromLabel: str(row, 'fromLabel'),
    to: str(row, 'to'),
    toLabel: str(row, 'toLabel'),
    basis: str(row, 'basis'),
  };
}
