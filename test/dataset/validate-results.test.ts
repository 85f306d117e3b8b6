import { readRawDataset } from '../../src/dataset/read-dataset';
import { SourceText } from '../../src/dataset/source-text';
import { validateDataset } from '../../src/dataset/validate-dataset';
import { SeedCopy } from '../support/seed-copy';

const source = SourceText.load();
const KLIMAPLAN = 'initiatives/040-klimaplan.yaml';
const CO2 = 'Kommunen har nu for første gang opgjort sin egen CO2-udledning som virksomhed';

/** A fully classified result of example 40 that the validator accepts; each test breaks one thing. */
function classifiedResult(): Record<string, any> {
  return {
    text: 'Kommunen har for første gang opgjort sin egen CO2-udledning som virksomhed',
    quote: CO2,
    level: { value: 'aktivitet', basis: 'inferred', quote: CO2, rationale: 'En opgørelse er noget kommunen har gjort, ikke en ændring.' },
    kind: { value: 'achievement', basis: 'stated', quote: CO2 },
    support: { grade: 0, source: 'assertion', basis: 'inferred', quote: CO2, rationale: 'Rapporten nævner ingen tal eller kilde for opgørelsen.' },
  };
}

describe('validateDataset: the classification of results', () => {
  let seed: SeedCopy;
  beforeEach(() => {
    seed = new SeedCopy();
  });
  afterEach(() => seed.dispose());

  const problemsWith = (change: (result: Record<string, any>) => void, options = { allowUnclassifiedResults: true }) => {
    seed.edit(KLIMAPLAN, (d) => {
      const result = classifiedResult();
      change(result);
      d.results = [result];
      d.uncaptured_figures = [];
    });
    return validateDataset(readRawDataset(seed.root), source, options).problems.filter((p) => p.file === KLIMAPLAN);
  };

  it('when a result is classified with quotes from the source, then example 40 has no problems', () => {
    expect(problemsWith(() => {})).toEqual([]);
  });

  it('when level, kind or support is missing, then the result is refused unless unclassified results are allowed', () => {
    const strip = (r: Record<string, any>) => {
      delete r.level;
      delete r.support;
    };
    expect(problemsWith(strip, { allowUnclassifiedResults: false }).map((p) => p.message)).toEqual([
      "/results/0: must have required property 'level'",
      "/results/0: must have required property 'support'",
    ]);
    expect(problemsWith(strip, { allowUnclassifiedResults: true })).toEqual([]);
  });

  it('when a level is not one of the four of the results chain, then the allowed values are named', () => {
    expect(problemsWith((r) => (r.level.value = 'effekt'))).toContainEqual(
      expect.objectContaining({ message: '/results/0/level/value: must be one of aktivitet, leverance, resultat, virkning' }),
    );
  });

  it('when an inferred classification has no rationale, then the schema refuses it', () => {
    const found = problemsWith((r) => delete r.support.rationale);
    expect(found).toContainEqual(expect.objectContaining({ message: "/results/0/support: must have required property 'rationale'" }));
  });

  it('when a classified field quotes words the report does not print, then one message names the field, the result and the quote', () => {
    expect(problemsWith((r) => (r.kind.quote = 'kommunen har målt alt')).map((p) => p.message)).toEqual([
      'results[0].kind Kommunen har for første gang opgjort sin egen CO2-udledning som virksomhed: quote not found in the source: "kommunen har målt alt"',
    ]);
  });

  it('when grade and source disagree, then the grade the source earns is given', () => {
    expect(problemsWith((r) => (r.support.grade = 3)).map((p) => p.message)).toEqual([
      'results[0].support: source assertion is grade 0, not 3',
    ]);
  });

  it('when a named evaluation or outside measurement does not say by whom, then "by" is required', () => {
    const found = problemsWith((r) => {
      r.support = { grade: 3, source: 'outside_measurement', basis: 'stated', quote: CO2 };
    });
    expect(found.map((p) => p.message)).toContain("/results/0/support: must have required property 'by'");
    expect(problemsWith((r) => (r.support = { grade: 3, source: 'outside_measurement', by: 'DK2020', basis: 'stated', quote: CO2 }))).toEqual([]);
  });

  it('when one indicator id carries two names, then the second place names the first', () => {
    const indicator = (name: string) => ({ id: 'co2-udledning', name, basis: 'inferred', quote: CO2, rationale: 'Det tallet måler.' });
    seed.edit('initiatives/041-landbrug-og-partnerskaber.yaml', (d) => {
      d.results = [{ ...classifiedResult(), indicator: indicator('udledning af co2') }];
    });
    problemsWith((r) => (r.indicator = indicator('kommunens co2-udledning')));
    const found = validateDataset(readRawDataset(seed.root), source, { allowUnclassifiedResults: true }).problems;
    expect(found.filter((p) => /is named/.test(p.message))).toEqual([
      {
        file: 'initiatives/041-landbrug-og-partnerskaber.yaml',
        entry: 'landbrug-og-partnerskaber',
        message: 'results[0].indicator: id "co2-udledning" is named "udledning af co2" here but "kommunens co2-udledning" in initiatives/040-klimaplan.yaml results[0]',
      },
    ]);
  });

  it('when a period runs backwards or a target entry has another figure than its target, then both are refused', () => {
    const found = problemsWith((r) => {
      r.period = { from: 2030, to: 2023, quote: 'reducere udledningerne af klimagasser med 70 procent i 2030' };
      r.kind = { value: 'target', basis: 'stated', quote: 'reducere udledningerne af klimagasser med 70 procent i 2030' };
      r.value = 70;
      r.target = { value: 60, unit: 'procent', year: 2030, quote: 'reducere udledningerne af klimagasser med 70 procent i 2030' };
    });
    expect(found.map((p) => p.message)).toEqual([
      'results[0].period: from 2030 is after to 2023',
      "results[0]: a target entry's value (70) must be its target's (60)",
    ]);
  });

  it('when an uncaptured figure is not in its quote or has reason other without a note, then it is refused', () => {
    seed.edit(KLIMAPLAN, (d) => {
      d.results = [classifiedResult()];
      d.uncaptured_figures = [
        { figure: '2031', reason: 'date', quote: 'reducere udledningerne af klimagasser med 70 procent i 2030' },
        { figure: '70', reason: 'other', quote: 'reducere udledningerne af klimagasser med 70 procent i 2030' },
      ];
    });
    const found = validateDataset(readRawDataset(seed.root), source, { allowUnclassifiedResults: true }).problems;
    expect(found).toContainEqual(expect.objectContaining({ file: KLIMAPLAN, message: "/uncaptured_figures/1: must have required property 'note'" }));
    seed.edit(KLIMAPLAN, (d) => (d.uncaptured_figures[1].note = 'et mål, ikke et resultat'));
    expect(validateDataset(readRawDataset(seed.root), source, { allowUnclassifiedResults: true }).problems.filter((p) => p.file === KLIMAPLAN)).toEqual([
      { file: KLIMAPLAN, entry: 'klimaplan', message: 'uncaptured_figures[0] 2031: the figure is not in its quote' },
    ]);
  });
});
