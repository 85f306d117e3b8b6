import DataLoader from 'dataloader';
import type { AnalysisRepository } from './analysis.repository';
import { buildCoverage, type Dimension } from './coverage';

/** The two dimensions of a matrix, as a loader key ("THEME|TOWN"). */
export const matrixKey = (rows: Dimension, columns: Dimension) => `${rows}|${columns}`;
/** One cell of a matrix, as a key of the map the loader answers with. */
export const cellKey = (row: string, column: string) => JSON.stringify([row, column]);

/**
 * Per request: the initiative ids of every cell of a matrix, read only when a request asks for a
 * cell's `initiativeIds` (the counts come without them), once per matrix however many cells ask.
 */
export function coverageIdsLoader(repository: AnalysisRepository) {
  return new DataLoader<string, Map<string, string[]>>((keys) =>
    Promise.all(
      keys.map(async (key) => {
        const [rows, columns] = key.split('|') as [Dimension, Dimension];
        const matrix = buildCoverage(await repository.coverage([rows, columns]), rows, columns);
        return new Map(matrix.cells.map((cell) => [cellKey(cell.row, cell.column), cell.initiativeIds]));
      }),
    ),
  );
}
