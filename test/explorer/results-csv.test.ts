import { outlineCsv } from '../../explorer/src/results-csv';
import { buildOutline, filterOutline, NO_FILTERS } from '../../explorer/src/results-rows';
import { CSV_HEADER } from '../../explorer/src/results-text';
import { chainAnswer } from './results-chain-fixture';

const csv = () => outlineCsv('Rettidig Velfærd', buildOutline(chainAnswer())!.initiatives);
/** Splits the fixture's CSV (no cell holds a line break or a ";" inside its quotes) into unquoted cells. */
const cells = (line: string) => line.split(';').map((cell) => cell.replace(/^"|"$/g, '').replace(/""/g, '"'));
const column = (name: (typeof CSV_HEADER)[number]) => CSV_HEADER.indexOf(name);

describe('outline CSV for Danish Excel', () => {
  it('when exported, then it starts with a UTF-8 BOM and a quoted, semicolon-separated header, lines ending in CRLF', () => {
    const text = csv();
    expect(text.startsWith('\uFEFF"Tema";"Nr.";"Initiativ";"Temakobling";')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('when exported, then there is a row per result and one for an initiative with none, each as wide as the header', () => {
    const lines = csv().replace(/^\uFEFF/, '').split('\r\n').slice(0, -1);
    expect(lines).toHaveLength(1 + 3 + 1);
    for (const line of lines) expect(cells(line)).toHaveLength(CSV_HEADER.length);
    const silent = cells(lines[4]);
    expect(silent[column('Initiativ')]).toBe('Uden resultat');
    expect(silent[column('Resultat')]).toBe('');
    expect(silent[column('Mangler')]).toBe('Intet resultat, Udledt temakobling');
  });

  it('when a result has decimals, then its figure has a decimal comma and no thousands dot', () => {
    const [, evaluated] = csv().split('\r\n');
    const row = cells(evaluated);
    expect(row[column('Tal')]).toBe('3,9');
    expect(row[column('Udgangspunkt')]).toBe('3,2 point (2021)');
    expect(row[column('Mål')]).toBe('1.250,5 m²');
    expect(row[column('Niveau')]).toBe('Virkning');
    expect(row[column('Støttegrad')]).toBe('3');
    expect(row[column('Støtte ved')]).toBe('VIVE');
    expect(row[column('Temakobling')]).toBe('angivet');
  });

  it('when the theme link or a classification is inferred, then the sheet says "udledt", never "angivet"', () => {
    const row = cells(csv().split('\r\n')[2]);
    expect(row[column('Initiativ')]).toBe('Et fritidsjob til forskel');
    expect(row[column('Temakobling')]).toBe('udledt');
    expect(row[column('Temakobling begrundelse')]).toBe('En forebyggende social indsats hører under Rettidig Velfærd.');
    expect(row[column('Niveau grundlag')]).toBe('udledt');
    expect(row[column('Svageste led grundlag')]).toBe('udledt');
    expect(row[column('Citat')]).toBe('hvoraf de ved udgangen af 2024 havde etableret 66 fritidsjob');
  });

  it('when filtered, then only the rows shown are exported', () => {
    const initiatives = filterOutline(buildOutline(chainAnswer())!, { ...NO_FILTERS, levels: ['VIRKNING'] });
    expect(outlineCsv('Rettidig Velfærd', initiatives).split('\r\n')).toHaveLength(1 + 1 + 1);
  });

  it('when a cell starts like a formula, then it is defused and still quoted', () => {
    const built = buildOutline(chainAnswer())!;
    built.initiatives[0].results[0].text = '=HYPERLINK("x")';
    expect(outlineCsv('T', built.initiatives)).toContain(';"\'=HYPERLINK(""x"")";');
  });

  it('when a cell holds a semicolon or a quote, then it stays one cell', () => {
    const built = buildOutline(chainAnswer())!;
    built.initiatives[0].results[0].text = 'Trivsel; "meget" bedre';
    expect(outlineCsv('T', built.initiatives)).toContain(';"Trivsel; ""meget"" bedre";');
  });
});
