import DataLoader from 'dataloader';
import type { AnalysisRepository } from './analysis.repository';
import type { CoverageCellQuery } from './coverage';

/**
 * Per request: pages of coverage cells' initiative keys, read only when a request asks for a
 * cell's `initiativeIds` (the counts come without them), all cells asked in one statement.
 */
export function coverageCellsLoader(repository: AnalysisRepository) {
  return new DataLoader<CoverageCellQuery, string[], string>((cells) => repository.coverageCells(cells), { cacheKeyFn: (cell) => JSON.stringify(cell) });
}
