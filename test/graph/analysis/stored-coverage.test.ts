import { RowShapeError } from '../../../src/errors';
import { Dimension } from '../../../src/graph/analysis/coverage';
import { decodeStoredMatrix, toStoredMatrix } from '../../../src/graph/analysis/stored-coverage';

const matrix = {
  total: 3,
  rows: [{ id: 'theme:a', label: 'A' }, { id: 'theme:b', label: 'B' }],
  columns: [{ id: 'town:x', label: 'X' }],
  cells: [{ row: 'theme:a', column: 'town:x', count: 2 }, { row: 'theme:b', column: 'town:x', count: 1 }],
};

describe('stored coverage matrices (pure)', () => {
  it('when a matrix is stored and read back, then it is the same matrix, in the same order', () => {
    const stored = toStoredMatrix(Dimension.THEME, Dimension.TOWN, matrix);
    expect(stored).toMatchObject({ rows: 'THEME', columns: 'TOWN', rowIds: ['theme:a', 'theme:b'], cellCounts: [2, 1] });
    expect(decodeStoredMatrix([stored])).toEqual(matrix);
  });

  it('when the graph holds no matrix for the pair, then the reading is null', () => {
    expect(decodeStoredMatrix([])).toBeNull();
  });

  it('when an empty matrix is stored, then it reads back empty', () => {
    const empty = { total: 0, rows: [], columns: [], cells: [] };
    expect(decodeStoredMatrix([toStoredMatrix(Dimension.YEAR, Dimension.COMMITTEE, empty)])).toEqual(empty);
  });

  it('when parallel lists differ in length (a damaged node), then the error names the query and the lists', () => {
    const damaged = { ...toStoredMatrix(Dimension.THEME, Dimension.TOWN, matrix), cellCounts: [2] };
    expect(() => decodeStoredMatrix([damaged])).toThrow(RowShapeError);
    expect(() => decodeStoredMatrix([damaged])).toThrow(/coverage-matrix\.cypher.*cellRows\/cellCounts.*2 and 1/);
  });

  it('when a column is missing, then the decoder refuses the row', () => {
    const partial: Record<string, unknown> = { ...toStoredMatrix(Dimension.THEME, Dimension.TOWN, matrix) };
    delete partial.cellCounts;
    expect(() => decodeStoredMatrix([partial])).toThrow(/cellCounts/);
  });
});
