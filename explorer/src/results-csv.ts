// The outline as a CSV that Danish Excel opens with a double-click: semicolons, every cell quoted,
// decimal commas, UTF-8 with a BOM, CRLF. A row per result; an initiative with no result gets one
// row of its own, so that the gap is in the sheet too.
import { csvCell } from './csv';
import type { OutlineInitiative, OutlineResult } from './results-rows';
import { spreadsheetNumber } from './results-rows';
import { CSV_HEADER, GAP_TEXT, KIND_TEXT, LEVEL_TEXT, RESULTS_TEXT, SUPPORT_GRADE_TEXT, SUPPORT_SOURCE_TEXT } from './results-text';
import type { Basis } from './model';

const basisWord = (basis: Basis | null | undefined): string =>
  basis === 'STATED' ? RESULTS_TEXT.stated : basis === 'INFERRED' ? RESULTS_TEXT.inferred : '';

function resultCells(result: OutlineResult | null, initiative: OutlineInitiative): (string | number | null)[] {
  const gaps = [...initiative.gaps, ...(result?.gaps ?? [])];
  const weakest = result?.weakest ?? initiative.weakest;
  return [
    result?.text ?? '',
    result?.level ? LEVEL_TEXT[result.level].name : '',
    basisWord(result?.levelBasis),
    result?.iatiType ?? '',
    result?.kind ? KIND_TEXT[result.kind] : '',
    spreadsheetNumber(result?.value ?? null),
    result?.unit ?? '',
    result?.year ?? '',
    result?.period ?? '',
    result?.indicator ?? '',
    result?.baseline ?? '',
    result?.target ?? '',
    result?.support ? result.support.grade : '',
    result?.support ? SUPPORT_GRADE_TEXT[result.support.grade] ?? '' : '',
    result?.support ? SUPPORT_SOURCE_TEXT[result.support.source] : '',
    result?.support?.by ?? '',
    basisWord(result?.support?.basis),
    [...new Set(gaps)].map((gap) => GAP_TEXT[gap].name).join(', '),
    basisWord(weakest.basis),
    weakest.support ?? '',
    result?.quote.page ?? '',
    result?.quote.quote ?? '',
  ];
}

/**
 * Every cell in quotes, so that a ";" or a decimal comma inside never splits or shifts it; csvCell
 * already doubles quotes and defuses formulas, and quotes what it must.
 */
const quotedCell = (value: string | number | null): string => {
  const cell = csvCell(value);
  return cell.startsWith('"') ? cell : `"${cell}"`;
};

export function outlineCsv(themeLabel: string, initiatives: readonly OutlineInitiative[]): string {
  const rows: (string | number | null)[][] = [[...CSV_HEADER]];
  for (const initiative of initiatives) {
    const link = initiative.themeLink;
    const head = [themeLabel, initiative.number, initiative.title, basisWord(link.basis), link.page ?? '', link.quote, link.rationale ?? ''];
    const tail = [initiative.id];
    if (initiative.results.length === 0) rows.push([...head, ...resultCells(null, initiative), ...tail, '']);
    for (const result of initiative.results) rows.push([...head, ...resultCells(result, initiative), ...tail, result.id]);
  }
  // CRLF and a BOM: what Excel expects, so that æ, ø and å survive a double-click
  return `\uFEFF${rows.map((row) => row.map(quotedCell).join(';')).join('\r\n')}\r\n`;
}
