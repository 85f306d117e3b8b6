import { ExportInputError, readExportRequest } from '../../../src/graph/export/export-request';

const read = (format: string, parameters: Record<string, string> = {}) => readExportRequest(format, new Map(Object.entries(parameters)));

const refusal = (format: string, parameters: Record<string, string> = {}) => {
  try {
    read(format, parameters);
  } catch (error) {
    if (error instanceof ExportInputError) return { message: error.message, extensions: error.extensions };
    throw error;
  }
  throw new Error('accepted');
};

describe('reading an export request', () => {
  it('when nothing is filtered, then the whole graph in the standard CSV dialect', () => {
    expect(read('graphml')).toEqual({ format: 'graphml', selection: { kind: 'all' }, csv: 'standard' });
  });

  it('when a theme or town is given with or without its kind, then its global key', () => {
    expect(read('gexf', { theme: 'staerke-byer' }).selection).toEqual({ kind: 'theme', key: 'theme:staerke-byer' });
    expect(read('gexf', { town: 'town:grindsted' }).selection).toEqual({ kind: 'town', key: 'town:grindsted' });
    expect(read('jsonld', { around: 'organisation:kirkbi', depth: '2' }).selection).toEqual({ kind: 'around', key: 'organisation:kirkbi', depth: 2 });
    expect(read('csv-nodes', { csv: 'danish' }).csv).toBe('danish');
  });

  it('when the format is unknown, then a BAD_USER_INPUT that lists the formats and filters accepted', () => {
    const { message, extensions } = refusal('xlsx');
    expect(message).toBe('Unknown export format "xlsx"; accepted: graphml, gexf, node-link, jsonld, csv-nodes, csv-links');
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'format', accepted: { formats: expect.arrayContaining(['graphml']), csv: ['standard', 'danish'] } });
    expect(Object.keys((extensions.accepted as { filters: object }).filters)).toEqual(['theme', 'town', 'around']);
  });

  it.each([
    [{ committee: 'x' }, 'Unknown export parameter "committee"; accepted: theme, town, around, depth, csv'],
    [{ theme: 'a', town: 'b' }, 'Give at most one of theme, town, around (got theme and town)'],
    [{ around: 'town:billund', depth: '4' }, '"depth" must be a whole number from 1 to 3, got "4"'],
    [{ around: 'town:billund', depth: '1.5' }, '"depth" must be a whole number from 1 to 3, got "1.5"'],
    [{ depth: '2' }, '"depth" goes with "around" only'],
    [{ town: ' ' }, '"town" needs a value'],
    [{ csv: 'excel' }, 'Unknown csv dialect "excel"; accepted: standard, danish'],
  ])('when the parameters are %j, then it is refused: %s', (parameters, message) => {
    expect(refusal('graphml', parameters).message).toBe(message);
  });
});
