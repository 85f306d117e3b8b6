import { decodeRows } from '../../../src/db/row-decoder';
import { RowShapeError } from '../../../src/errors';
import { traceRow } from '../../../src/graph/analysis/analysis.repository';
import { edgeRow, nodeRow, relProps } from '../../../src/graph/common/rows';
import { rankingPage } from '../../../src/graph/partner-analysis/partner-analysis.repository';

const town = { target: { key: 'town:grindsted', id: 'grindsted', name: 'Grindsted' }, labels: ['Entity', 'Town'] };
const stated = { key: 'initiative:a|IN_TOWN|town:grindsted', page: 12, quote: 'i Grindsted', basis: 'STATED' };

const columnOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof RowShapeError) return error.column;
    throw error;
  }
  throw new Error('accepted');
};

describe('shared row shapes', () => {
  it('nodeRow: keeps every property of the node, with key and id checked', () => {
    expect(nodeRow(town, '')).toEqual(town);
    expect(() => nodeRow({ target: { key: 'town:x' }, labels: ['Town'] }, '')).toThrow(/target\.id/);
  });

  it('relProps: a STATED link without a stored rationale or event reads them as null', () => {
    expect(relProps(stated, 'rel')).toMatchObject({ page: 12, basis: 'STATED', rationale: null, event: null });
  });

  it('relProps: a basis other than STATED/INFERRED, or a page that is not whole, fails', () => {
    expect(() => relProps({ ...stated, basis: 'stated' }, 'rel')).toThrow(/rel\.basis/);
    expect(() => relProps({ ...stated, page: '12' }, 'rel')).toThrow(/rel\.page/);
  });

  it('edgeRow: the end keys must be strings (a missing `from` is not the string "undefined")', () => {
    expect(columnOf(() => decodeRows('paths/connection', [{ rel: stated, type: 'IN_TOWN', to: 'town:grindsted' }], edgeRow))).toBe('from');
  });
});

describe('analysis/trace row', () => {
  const row = {
    strategy: { key: 'strategy:fl', id: 'fl', name: 'Fremtidens Legeplads' },
    strategyLabels: ['Entity', 'Strategy'],
    found: true,
    themes: [
      {
        theme: { key: 'theme:t', id: 't', name: 'T' },
        labels: ['Entity', 'Theme'],
        rel: stated,
        initiatives: [
          {
            initiative: { key: 'initiative:a', id: 'a', title: 'A' },
            labels: ['Entity', 'Initiative'],
            rel: { ...stated, basis: 'INFERRED', rationale: 'why' },
            results: [{ target: { key: 'result:a-1', id: 'a-1', text: '66 fritidsjob' }, labels: ['Entity', 'Result'], rel: stated }],
          },
        ],
      },
    ],
  };

  it('when the whole chain is there, then it decodes to the last result', () => {
    const [decoded] = decodeRows('analysis/trace', [row], traceRow);
    expect(decoded.themes[0].initiatives[0].rel.rationale).toBe('why');
    expect(decoded.themes[0].initiatives[0].results[0].target.key).toBe('result:a-1');
  });

  it('when a result deep in the chain lacks its evidence, then the column is named by its path', () => {
    const broken = structuredClone(row);
    delete (broken.themes[0].initiatives[0].results[0] as Partial<(typeof broken.themes)[0]['initiatives'][0]['results'][0]>).rel;
    expect(columnOf(() => decodeRows('analysis/trace', [broken], traceRow))).toBe('themes[0].initiatives[0].results[0].rel');
  });
});

describe('partner-analysis/ranking row', () => {
  it('when initiativeCount comes back as a string, then it fails instead of being passed on', () => {
    const page = { total: 1, page: [{ partner: town, initiativeCount: '2', initiatives: [], themes: [], towns: [] }] };
    expect(columnOf(() => decodeRows('partner-analysis/ranking', [page], rankingPage))).toBe('page[0].initiativeCount');
  });
});
