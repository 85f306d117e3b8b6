import type { GraphData } from '../../src/dataset/to-graph';
import { toGraph } from '../../src/dataset/to-graph';
import { readRawDataset, DatasetError } from '../../src/dataset/read-dataset';
import { validateDataset } from '../../src/dataset/validate-dataset';
import { SourceText } from '../../src/dataset/source-text';
import type { DatasetParams } from '../catalogue';
import { scaleGraph } from './scale-graph';

export interface DatasetSpec {
  name: string;
  factor: number;
  params: DatasetParams;
}

export const DATASETS: DatasetSpec[] = [
  // No real partner spans three initiatives (at most two), so the real graph asks for two.
  { name: 'real', factor: 1, params: { minInitiatives: 2 } },
  { name: 'x10', factor: 10, params: { minInitiatives: 3 } },
  { name: 'x100', factor: 100, params: { minInitiatives: 3 } },
  { name: 'x1000', factor: 1000, params: { minInitiatives: 3 } },
];

/** The curated dataset as the loader receives it (validated, as `npm run seed` does). */
export function realGraph(): GraphData {
  const report = validateDataset(readRawDataset(), SourceText.load());
  if (report.problems.length > 0 || !report.dataset) throw new DatasetError(report.problems);
  return toGraph(report.dataset);
}

export function buildGraph(spec: DatasetSpec, real: GraphData): GraphData {
  return spec.factor === 1 ? real : scaleGraph(real, spec.factor);
}
