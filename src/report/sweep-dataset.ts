import { readFileSync } from 'node:fs';
import { DatasetError, readRawDataset } from '../dataset/read-dataset';
import { SOURCE_FILE, SourceText } from '../dataset/source-text';
import { validateDataset } from '../dataset/validate-dataset';
import { exampleLines } from './example-texts';
import { sweepExample, sweepText, type ExampleSweep } from './figure-sweep';

/** The figure sweep of the committed seed/: null when the examples' text (seed/passages.yaml) is missing. */
export function sweepDataset(root?: string): ExampleSweep[] | null {
  const raw = readFileSync(SOURCE_FILE, 'utf8');
  const report = validateDataset(readRawDataset(root), new SourceText(raw));
  // The sweep trusts the quotes it places: an invalid dataset is refused, as the seed refuses it.
  if (!report.dataset || report.problems.length > 0) throw new DatasetError(report.problems);
  // The passages as the validation read them (the one reader of seed/passages.yaml); a dataset
  // without them does not validate, so none here means there is nothing to sweep.
  const passages = report.evidence?.sources.passages ?? [];
  if (passages.length === 0) return null;
  const texts = exampleLines(raw, passages);
  return report.dataset.initiatives.map(({ entry }) => sweepExample(entry, sweepText(texts.get(entry.id) ?? [])));
}
