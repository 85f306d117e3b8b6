import { existsSync } from 'node:fs';
import path from 'node:path';
import type { InitiativeEntry } from '../../src/dataset/dataset.types';
import { seedDir } from '../../src/paths';
import { readNumber, sweepExample, sweepText } from '../../src/report/figure-sweep';
import { renderFigureSweep } from '../../src/report/figure-sweep-report';
import { sweepDataset } from '../../src/report/sweep-dataset';

const example = (over: Partial<InitiativeEntry>): InitiativeEntry => ({ id: 'x', number: 7, title: 'Eksempel', page: 1, summary: '', ...over });
const classified = {
  level: { value: 'leverance' as const, basis: 'inferred' as const, quote: 'q', rationale: 'r' },
  kind: { value: 'measured' as const, basis: 'stated' as const, quote: 'q' },
  support: { grade: 1, source: 'own_figure' as const, basis: 'inferred' as const, quote: 'q', rationale: 'r' },
};

describe('readNumber', () => {
  it.each([
    ['2.500', [2500, 2.5]],
    ['1,5', [1.5]],
    ['14', [14]],
    ['100.000', [100000, 100]],
  ])('when "%s" is read, then it may stand for %j', (text, values) => {
    expect(readNumber(text).sort()).toEqual([...values].sort());
  });
});

describe('sweepExample', () => {
  const text = sweepText(['Ved udgangen af 2024 havde de etable-', 'ret 66 fritidsjob for unge på 13-17 år.', '', '21', 'CO2 faldt.']);

  it('when the text is read, then layout number lines and digits glued to letters are not figures', () => {
    const sweep = sweepExample(example({}), text);
    expect(sweep.unexplained.map((n) => n.text)).toEqual(['2024', '66', '13', '17']);
  });

  it('when a result quotes the figure and a listed figure explains the age, then all are accounted for', () => {
    const sweep = sweepExample(
      example({
        results: [{ text: '66 fritidsjob', quote: 'Ved udgangen af 2024 havde de etableret 66 fritidsjob', value: 66, year: 2024, ...classified }],
        uncaptured_figures: [{ figure: '13-17', reason: 'age', quote: 'unge på 13-17 år' }],
      }),
      text,
    );
    expect(sweep).toMatchObject({ found: 4, captured: 2, explained: 2, unexplained: [] });
  });

  it('when a quote holds a number its result does not hold, then that number stays unexplained', () => {
    const sweep = sweepExample(
      example({ results: [{ text: 'fritidsjob', quote: 'Ved udgangen af 2024 havde de etableret 66 fritidsjob', value: 66, ...classified }] }),
      text,
    );
    expect(sweep.captured).toBe(1);
    expect(sweep.unexplained.map((n) => n.text)).toEqual(['2024', '13', '17']);
  });

  it('when a figure is printed as "1,7 mio.", then a result holding 1700000 captures it', () => {
    const sweep = sweepExample(
      example({ results: [{ text: 'overnatninger', quote: 'Årlige overnatninger: 1,7 mio.', value: 1_700_000, ...classified }] }),
      sweepText(['Årlige overnatninger: 1,7 mio.']),
    );
    expect(sweep).toMatchObject({ found: 1, captured: 1 });
  });
});

describe('renderFigureSweep', () => {
  it('when figures are unexplained, then the totals and each unexplained figure with its context are shown', () => {
    const out = renderFigureSweep([
      { number: 2, id: 'b', title: 'B', found: 3, captured: 1, explained: 1, unexplained: [{ text: '9', values: [9], context: 'en lærer fra 9. klasse' }] },
      { number: 1, id: 'a', title: 'A', found: 2, captured: 2, explained: 0, unexplained: [] },
    ]);
    expect(out).toContain('Found 5, captured 3, explained 1, unexplained 1.');
    expect(out.indexOf('| 1 | A | 2 | 2 | 0 | 0 |')).toBeLessThan(out.indexOf('| 2 | B | 3 | 1 | 1 | 1 |'));
    expect(out).toContain('- 2 B: **9** … en lærer fra 9. klasse …');
  });

  it('when there are no passages, then the section says why there is no sweep', () => {
    expect(renderFigureSweep(null)).toContain('`seed/passages.yaml` (the text of each example) is missing');
  });
});

// The committed dataset: every number of every example's text is captured or explained. Needs the
// examples' text (seed/passages.yaml, from the evidence work); without it there is nothing to sweep.
const hasPassages = existsSync(path.join(seedDir, 'passages.yaml'));
(hasPassages ? describe : describe.skip)('the figure sweep of the committed seed/ (needs seed/passages.yaml)', () => {
  it('then no figure is left unexplained', () => {
    const sweeps = sweepDataset();
    expect(sweeps).toHaveLength(100);
    const left = (sweeps ?? []).flatMap((sweep) => sweep.unexplained.map((n) => `${sweep.number}: ${n.text} … ${n.context}`));
    expect(left).toEqual([]);
  });
});
