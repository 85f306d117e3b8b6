import type { Database } from '../db/database';

/** Alignment of the links' quotes per relationship type. */
export interface AlignmentRow {
  type: string;
  exact: number;
  hyphenJoined: number;
  unpositioned: number;
}

export interface SourceRow {
  title: string;
  sha256: string;
  passages: number;
  exact: number;
  hyphenJoined: number;
}

export interface EvidenceReport {
  alignment: AlignmentRow[];
  sources: SourceRow[];
}

const int = (value: unknown) => (typeof value === 'number' ? value : Number(value ?? 0));

export async function collectEvidenceReport(database: Database): Promise<EvidenceReport> {
  const [alignment, sources] = await Promise.all([database.read('report/evidence-alignment'), database.read('report/evidence-sources')]);
  return {
    alignment: alignment.map((row) => ({ type: String(row.type), exact: int(row.exact), hyphenJoined: int(row.hyphenJoined), unpositioned: int(row.unpositioned) })),
    sources: sources.map((row) => ({ title: String(row.title), sha256: String(row.sha256), passages: int(row.passages), exact: int(row.exact), hyphenJoined: int(row.hyphenJoined) })),
  };
}

/** The section "Evidence anchored in the report" of docs/data-report.md. */
export function renderEvidenceReport(report: EvidenceReport, table: (header: string[], rows: string[][], align?: ('left' | 'right')[]) => string): string {
  const total = (key: 'exact' | 'hyphenJoined' | 'unpositioned') => report.alignment.reduce((n, row) => n + row[key], 0);
  const out = ['## Evidence anchored in the report', ''];
  out.push(
    'Every quote is positioned in the normalised text of its document at load (start/end in code points, ' +
      'prefix/suffix, lines). `exact`: as printed; `hyphen-joined`: the quote joins a word the layout split at a line break.',
    '',
    table(
      ['Link type', 'exact', 'hyphen-joined', 'without position'],
      [
        ...report.alignment.map((row) => [`\`${row.type}\``, String(row.exact), String(row.hyphenJoined), String(row.unpositioned)]),
        ['**Total**', `**${total('exact')}**`, `**${total('hyphenJoined')}**`, `**${total('unpositioned')}**`],
      ],
      ['left', 'right', 'right', 'right'],
    ),
    '',
    table(
      ['Document', 'sha256', 'Passages', 'Distinct quoted spans: exact', 'hyphen-joined'],
      report.sources.map((row) => [row.title, `\`${row.sha256.slice(0, 16)}…\``, String(row.passages), String(row.exact), String(row.hyphenJoined)]),
      ['left', 'left', 'right', 'right', 'right'],
    ),
    '',
  );
  return out.join('\n');
}
