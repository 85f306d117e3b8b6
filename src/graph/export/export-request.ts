import { CodedError, echo, ErrorCode } from '../../errors';
import { CSV_DIALECTS, FORMAT_NAMES, isExportFormat, type CsvDialectName, type ExportFormat } from './export-formats';

// What an export request may ask, read from URL parameters or CLI flags alike, and the one
// message that lists what is accepted when it asks anything else.

export const MAX_EXPORT_DEPTH = 3;

/** The part of the graph to export. */
export type ExportSelection =
  | { kind: 'all' }
  | { kind: 'theme'; key: string }
  | { kind: 'town'; key: string }
  | { kind: 'around'; key: string; depth: number };

export interface ExportRequest {
  format: ExportFormat;
  selection: ExportSelection;
  csv: CsvDialectName;
}

/** What a client may send, for the 400 answer's `accepted` and the CLI's help. */
export const ACCEPTED = {
  formats: FORMAT_NAMES,
  filters: {
    theme: 'a theme id ("staerke-byer" or "theme:staerke-byer"): the theme, its initiatives and everything linked to them',
    town: 'a town id ("grindsted" or "town:grindsted"): the town, its initiatives and everything linked to them',
    around: `a global id ("organisation:kirkbi") with depth 1–${MAX_EXPORT_DEPTH} (default 1): its neighbourhood`,
  },
  csv: Object.keys(CSV_DIALECTS),
} as const;

/** A refused export request: the message, and the lists of what is accepted. */
export class ExportInputError extends CodedError {
  constructor(message: string, argument: string) {
    super(ErrorCode.BAD_USER_INPUT, message, { argument, accepted: ACCEPTED });
  }
}

const PARAMETERS = ['theme', 'town', 'around', 'depth', 'csv'] as const;

/** The global key of an id given with or without its kind ("grindsted" → "town:grindsted"). */
const keyOf = (kind: string, id: string) => (id.startsWith(`${kind}:`) ? id : `${kind}:${id}`);

/**
 * Reads the format and the filter parameters (theme | town | around [+ depth], csv). Any other
 * parameter, a second filter, a bad depth or an unknown format is an ExportInputError.
 */
export function readExportRequest(format: string, parameters: ReadonlyMap<string, string>): ExportRequest {
  if (!isExportFormat(format)) throw new ExportInputError(`Unknown export format "${echo(format)}"; accepted: ${FORMAT_NAMES.join(', ')}`, 'format');
  for (const name of parameters.keys()) {
    if (!(PARAMETERS as readonly string[]).includes(name)) {
      throw new ExportInputError(`Unknown export parameter "${echo(name)}"; accepted: ${PARAMETERS.join(', ')}`, name);
    }
  }
  const given = (['theme', 'town', 'around'] as const).filter((name) => parameters.has(name));
  if (given.length > 1) throw new ExportInputError(`Give at most one of theme, town, around (got ${given.join(' and ')})`, given[1]);
  const value = (name: string) => {
    const raw = parameters.get(name)?.trim() ?? '';
    if (raw === '') throw new ExportInputError(`"${name}" needs a value`, name);
    return raw;
  };
  let selection: ExportSelection = { kind: 'all' };
  if (given[0] === 'theme') selection = { kind: 'theme', key: keyOf('theme', value('theme')) };
  if (given[0] === 'town') selection = { kind: 'town', key: keyOf('town', value('town')) };
  if (given[0] === 'around') {
    const depthText = parameters.get('depth') ?? '1';
    const depth = Number(depthText);
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_EXPORT_DEPTH) {
      throw new ExportInputError(`"depth" must be a whole number from 1 to ${MAX_EXPORT_DEPTH}, got "${echo(depthText)}"`, 'depth');
    }
    selection = { kind: 'around', key: value('around'), depth };
  } else if (parameters.has('depth')) {
    throw new ExportInputError('"depth" goes with "around" only', 'depth');
  }
  const csv = parameters.get('csv') ?? 'standard';
  if (!Object.hasOwn(CSV_DIALECTS, csv)) throw new ExportInputError(`Unknown csv dialect "${echo(csv)}"; accepted: ${ACCEPTED.csv.join(', ')}`, 'csv');
  return { format, selection, csv: csv as CsvDialectName };
}

/** How an export names the part it holds, in the file's own description. */
export function describeSelection(selection: ExportSelection): string {
  switch (selection.kind) {
    case 'all':
      return 'the whole graph';
    case 'theme':
    case 'town':
      return `${selection.key}, its initiatives and everything linked to them`;
    case 'around':
      return `the neighbourhood of ${selection.key} to depth ${selection.depth}`;
  }
}
