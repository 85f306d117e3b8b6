/**
 * Coverage matrices computed once per load and stored in the graph (cypher/seed/store-coverage),
 * so that a coverage request reads one node instead of every initiative: the graph changes only
 * when seed/ is loaded, and its matrices with it, in the same transaction.
 */
import type { WriteWork } from '../../db/database';
import { decodeRows } from '../../db/row-decoder';
import { coverageRow } from './analysis.repository';
import { buildCoverage, Dimension } from './coverage';
import { toStoredMatrix, type StoredMatrix } from './stored-coverage';

const DIMENSIONS = Object.values(Dimension);

/**
 * Computes every matrix (each ordered pair of different dimensions) from one read of every
 * initiative's values, inside the load's transaction, and stores them in place of the old ones.
 */
export async function storeCoverage(tx: WriteWork): Promise<number> {
  const initiatives = decodeRows('analysis/coverage', await tx.run('analysis/coverage', { dimensions: DIMENSIONS }), coverageRow);
  const matrices: StoredMatrix[] = [];
  for (const rows of DIMENSIONS) {
    for (const columns of DIMENSIONS) {
      // counts only: a cell's ids are read from the graph when asked (cypher/analysis/coverage-cell)
      if (rows !== columns) matrices.push(toStoredMatrix(rows, columns, buildCoverage(initiatives, rows, columns, false)));
    }
  }
  const [stored] = await tx.run('seed/store-coverage', { matrices });
  return Number(stored?.matrices ?? 0);
}
