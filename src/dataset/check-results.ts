import { SUPPORT_GRADE, type Dataset } from './dataset.types';
import type { DatasetProblem } from './read-dataset';
import { normaliseQuote } from './source-text';

/**
 * The checks of the result classification that JSON Schema cannot express: grade and source agree, one indicator id has one name, a
 * period runs forwards, a target entry repeats its figure, and an uncaptured figure is in its quote. Whether each quote is
 * in the source is not checked here: the positioning of every quote (evidence/position-quotes.ts)
 * says so once, naming file, entry and quote.
 */
export function checkResults(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const indicatorNames = new Map<string, { name: string; where: string }>();
  for (const { file, entry } of dataset.initiatives) {
    const problem = (message: string) => problems.push({ file, entry: entry.id, message });
    (entry.results ?? []).forEach((result, index) => {
      const where = `results[${index}]`;
      const support = result.support;
      if (support && SUPPORT_GRADE[support.source] !== support.grade) {
        problem(`${where}.support: source ${support.source} is grade ${SUPPORT_GRADE[support.source]}, not ${support.grade}`);
      }
      if (result.period && result.period.from > result.period.to) {
        problem(`${where}.period: from ${result.period.from} is after to ${result.period.to}`);
      }
      if (result.kind?.value === 'target' && result.target && result.value !== undefined && result.target.value !== result.value) {
        problem(`${where}: a target entry's value (${result.value}) must be its target's (${result.target.value})`);
      }
      const indicator = result.indicator;
      if (indicator) {
        const first = indicatorNames.get(indicator.id);
        if (!first) indicatorNames.set(indicator.id, { name: indicator.name, where: `${file} ${where}` });
        else if (first.name !== indicator.name) {
          problem(`${where}.indicator: id "${indicator.id}" is named "${indicator.name}" here but "${first.name}" in ${first.where}`);
        }
      }
    });
    (entry.uncaptured_figures ?? []).forEach((figure, index) => {
      const where = `uncaptured_figures[${index}] ${figure.figure}`;
      if (!normaliseQuote(figure.quote).includes(figure.figure)) problem(`${where}: the figure is not in its quote`);
    });
  }
  return problems;
}

/** Results that lack their classification: allowed (as warnings) only while it is being written. */
export function unclassifiedAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SEED_ALLOW_UNCLASSIFIED_RESULTS === '1';
}
