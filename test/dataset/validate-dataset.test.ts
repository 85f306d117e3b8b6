import { readRawDataset } from '../../src/dataset/read-dataset';
import { SourceText } from '../../src/dataset/source-text';
import { validateDataset } from '../../src/dataset/validate-dataset';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SeedCopy } from '../support/seed-copy';

const seedText = (seed: SeedCopy, relative: string) => readFileSync(path.join(seed.root, relative), 'utf8');

const source = SourceText.load();
const KLIMAPLAN = 'initiatives/040-klimaplan.yaml';

describe('validateDataset', () => {
  let seed: SeedCopy;
  beforeEach(() => {
    seed = new SeedCopy();
  });
  afterEach(() => seed.dispose());

  const problems = () => validateDataset(readRawDataset(seed.root), source).problems;

  it('when the dataset is the committed one, then it has no problems and all 100 initiatives', () => {
    const report = validateDataset(readRawDataset(seed.root), source);
    expect(report.problems).toEqual([]);
    expect(report.dataset?.initiatives).toHaveLength(100);
  });

  it('when a quote is not in the source, then the problem names file, entry and quote', () => {
    seed.edit(KLIMAPLAN, (d) => {
      d.towns = [{ id: 'grindsted', quote: 'en sætning der ikke står i rapporten' }];
    });
    expect(problems()).toEqual([
      {
        file: KLIMAPLAN,
        entry: 'klimaplan',
        message: 'towns[0] grindsted: quote not found in the source: "en sætning der ikke står i rapporten"',
      },
    ]);
  });

  it('when a link points at an unknown partner, then it is a dangling reference', () => {
    seed.edit(KLIMAPLAN, (d) => {
      d.partners = [...(d.partners ?? []), { id: 'ukendt-firma', quote: 'Klimaplan' }];
    });
    expect(problems()).toContainEqual({ file: KLIMAPLAN, entry: 'klimaplan', message: 'partners: no organisation with id "ukendt-firma"' });
  });

  it('when one body is entered under two spellings, then the duplicate is reported', () => {
    seed.edit('organisations.yaml', (d) => {
      d.organisations.push({ id: 'kirkbi-as', name: 'KIRKBI A/S', type: 'company', kind: 'body' });
    });
    expect(problems()).toContainEqual(
      expect.objectContaining({ file: 'organisations.yaml', entry: 'kirkbi-as', message: expect.stringMatching(/same name as "kirkbi"/) }),
    );
  });

  it('when an example of the contents is missing, then its number and title are named', () => {
    seed.remove(KLIMAPLAN);
    expect(problems()).toContainEqual({ file: 'initiatives/', entry: '#40', message: 'example "Klimaplan" (page 31) of the contents is missing' });
  });

  it('when an example is present twice, then it is reported', () => {
    seed.write('initiatives/040-klimaplan-copy.yaml', 'id: klimaplan-copy\nnumber: 40\ntitle: Klimaplan\npage: 31\nsummary: En kopi af klimaplanen som ikke burde være her.\n');
    expect(problems()).toEqual([expect.objectContaining({ message: 'example number 40 appears 2 times' })]);
  });

  it('when a file name does not match number and id, then the expected name is given', () => {
    seed.write('initiatives/040-klimaplan.yaml', seedText(seed, KLIMAPLAN).replace('number: 40', 'number: 40 # moved'));
    seed.write('initiatives/041-wrong-name.yaml', seedText(seed, 'initiatives/041-landbrug-og-partnerskaber.yaml'));
    seed.remove('initiatives/041-landbrug-og-partnerskaber.yaml');
    expect(problems()).toEqual([
      { file: 'initiatives/041-wrong-name.yaml', entry: 'landbrug-og-partnerskaber', message: 'file should be named 041-landbrug-og-partnerskaber.yaml' },
    ]);
  });

  it('when a field breaks the schema, then the file and the entry are named', () => {
    seed.edit(KLIMAPLAN, (d) => {
      d.themes[0].basis = 'guessed';
      d.colour = 'green';
    });
    const found = problems();
    expect(found).toContainEqual({ file: KLIMAPLAN, entry: `themes: ${'staerke-byer'}`, message: expect.stringMatching(/basis: must be one of stated, inferred/) });
    expect(found).toContainEqual({ file: KLIMAPLAN, entry: 'klimaplan', message: '/: unknown field "colour"' });
  });

  it('when an inferred theme has no rationale, then the schema refuses it', () => {
    seed.edit(KLIMAPLAN, (d) => {
      d.themes = [{ id: 'rettidig-velfaerd', basis: 'inferred', quote: d.themes[0].quote }];
    });
    expect(problems()).toContainEqual(expect.objectContaining({ file: KLIMAPLAN, message: expect.stringMatching(/rationale/) }));
  });

  it('when a file is not YAML, then it is reported and nothing else is checked', () => {
    seed.write('towns.yaml', 'towns: [unclosed');
    expect(problems()).toEqual([{ file: 'towns.yaml', message: expect.stringMatching(/^not valid YAML/) }]);
  });

  it('when an organisation is both partner and mention of one initiative, then its role must be chosen', () => {
    seed.edit('initiatives/006-grindstedforureningen.yaml', (d) => {
      d.mentions = [{ id: d.partners[0].id, quote: d.partners[0].quote }];
    });
    expect(problems()).toContainEqual(
      expect.objectContaining({ entry: 'grindstedforureningen', message: expect.stringMatching(/both a partner and a mention/) }),
    );
  });
});
