import type { ExampleSweep } from './figure-sweep';

/** The figure sweep as a Markdown section of docs/data-report.md. */
export function renderFigureSweep(sweeps: ExampleSweep[] | null): string {
  const out: string[] = ['## Figure sweep', ''];
  if (sweeps === null) {
    out.push('No sweep: `seed/passages.yaml` (the text of each example) is missing.', '');
    return out.join('\n');
  }
  const total = (field: 'found' | 'captured' | 'explained') => sweeps.reduce((sum, sweep) => sum + sweep[field], 0);
  const unexplained = sweeps.reduce((sum, sweep) => sum + sweep.unexplained.length, 0);
  out.push(
    'Every number in each example\'s text (body, fact boxes, timelines, tables; from `seed/passages.yaml`) is either ' +
      '**captured** (it stands in the quote of a result, target, baseline or period that holds that figure), **explained** ' +
      '(it stands in the quote of one of the example\'s `uncaptured_figures`, which gives the reason) or **unexplained**. ' +
      'Lines that hold only numbers (the layout\'s example and page numbers) and digits glued to a letter ("CO2") are not figures.',
    '',
    `Found ${total('found')}, captured ${total('captured')}, explained ${total('explained')}, unexplained ${unexplained}.`,
    '',
    '| # | Example | Found | Captured | Explained | Unexplained |',
    '|---:|---|---:|---:|---:|---:|',
    ...[...sweeps]
      .sort((a, b) => a.number - b.number)
      .map((s) => `| ${s.number} | ${s.title.replace(/\|/g, '\\|')} | ${s.found} | ${s.captured} | ${s.explained} | ${s.unexplained.length} |`),
    '',
  );
  const left = sweeps.filter((sweep) => sweep.unexplained.length > 0);
  if (left.length > 0) {
    out.push('### Unexplained figures', '');
    for (const sweep of left) {
      for (const figure of sweep.unexplained) out.push(`- ${sweep.number} ${sweep.title}: **${figure.text}** … ${figure.context.replace(/\|/g, '\\|')} …`);
    }
    out.push('');
  }
  return out.join('\n');
}
