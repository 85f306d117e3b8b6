import type { InitiativeEntry, ResultEntry } from '../../src/dataset/dataset.types';
import { readRawDataset } from '../../src/dataset/read-dataset';
import { SourceText, normaliseQuote } from '../../src/dataset/source-text';

// A dozen classifications read by hand against the report, from different parts of it. Each case
// names the words of the report that decide it; they must be in the source and in the quote of
// the claim they decide.
const source = SourceText.load();
const initiatives = new Map(
  readRawDataset()
    .files.filter((file) => file.kind === 'initiative')
    .map((file) => [(file.data as InitiativeEntry).number, file.data as InitiativeEntry]),
);

interface Case {
  example: number;
  result: string;
  level: string;
  kind: string;
  grade: number;
  source: string;
  value?: number;
  indicator?: string;
  /** The words that decide the classification, and the claim whose quote holds them. */
  decides: { claim: 'quote' | 'level' | 'kind' | 'support' | 'target'; words: string };
}

const CASES: Case[] = [
  // A national ranking of jobcentres, adjusted for conditions: an outside measurement of a change for the unemployed.
  { example: 1, result: '1. pladsen', level: 'resultat', kind: 'measured', grade: 3, source: 'outside_measurement', value: 1,
    indicator: 'placering-jobcenter-rammevilkaar', decides: { claim: 'support', words: 'rangeringen af jobcentrenes resultater' } },
  // A national survey ranks the municipality: outside measurement.
  { example: 4, result: 'Nr. 1 i Region Syddanmark', level: 'resultat', kind: 'measured', grade: 3, source: 'outside_measurement', value: 1,
    decides: { claim: 'support', words: 'den Nationale Cyklistundersøgelse' } },
  // Kilometres of path laid: what was delivered, counted by the municipality.
  { example: 4, result: '11 km nye asfaltstier', level: 'leverance', kind: 'measured', grade: 1, source: 'own_figure', value: 11,
    decides: { claim: 'quote', words: 'Asfalt stier: 11 km' } },
  // Dosispakket medicin became the first choice: a change in practice, stated without a figure.
  { example: 14, result: 'førstevalg', level: 'leverance', kind: 'achievement', grade: 0, source: 'assertion',
    decides: { claim: 'quote', words: 'blevet førstevalg i hele kommunen' } },
  // Jobs established: a delivered count, the project's own.
  { example: 21, result: '66 fritidsjob', level: 'leverance', kind: 'measured', grade: 1, source: 'own_figure', value: 66,
    indicator: 'antal-fritidsjob', decides: { claim: 'kind', words: 'havde etableret 66 fritidsjob' } },
  // "Oplever mange positive tilkendegivelser": the consultants' impression, nothing measured.
  { example: 21, result: 'positive tilbagemeldinger', level: 'resultat', kind: 'achievement', grade: 0, source: 'assertion',
    decides: { claim: 'support', words: 'oplever de mange positive tilkendegivelser' } },
  // Better than the standard offer, across independent analyses: a named evaluation of an outcome.
  { example: 30, result: 'væsentligt bedre end standardindsatsen', level: 'resultat', kind: 'achievement', grade: 3, source: 'named_evaluation',
    decides: { claim: 'quote', words: 'en væsentlig bedre indsats end standardindsatsen' } },
  // 70 % less by 2030: a target for the whole municipality, with its 1990 baseline.
  { example: 40, result: '70 % lavere udledning', level: 'virkning', kind: 'target', grade: 1, source: 'own_figure', value: 70,
    decides: { claim: 'target', words: 'med 70 procent i 2030' } },
  // A state agency's quality assessment: a named evaluation.
  { example: 52, result: 'kvalitetsvurdering', level: 'resultat', kind: 'achievement', grade: 3, source: 'named_evaluation',
    decides: { claim: 'support', words: 'positiv kvalitetsvurdering fra Slots- og Kulturstyrelsen' } },
  // Ten teams cover the municipality: delivered, counted.
  { example: 87, result: '10 samstyrende teams', level: 'leverance', kind: 'measured', grade: 1, source: 'own_figure', value: 10,
    indicator: 'antal-samstyrende-teams', decides: { claim: 'quote', words: 'i alt 10 samstyrende teams' } },
  // UNICEF's certification, a first in Denmark: outside recognition of a lasting standing.
  { example: 89, result: 'UNICEF Børnevenlig', level: 'virkning', kind: 'achievement', grade: 3, source: 'outside_measurement',
    decides: { claim: 'support', words: 'UNICEF Børnevenlig By og Kommune' } },
  // "Op mod 550 boliger": a target, not a result (the issue's own example).
  { example: 95, result: '550 boliger', level: 'leverance', kind: 'target', grade: 0, source: 'assertion', value: 550,
    indicator: 'antal-boliger-travbyen', decides: { claim: 'kind', words: 'kommer til at rumme op mod 550 boliger' } },
  // Input to committees, dialogue meetings: what the council does.
  { example: 99, result: 'input til politiske udvalg', level: 'aktivitet', kind: 'achievement', grade: 0, source: 'assertion',
    decides: { claim: 'quote', words: 'bidrager med input til politiske udvalg' } },
];

function find(example: number, text: string): ResultEntry {
  const matches = (initiatives.get(example)?.results ?? []).filter((result) => result.text.includes(text));
  if (matches.length !== 1) throw new Error(`example ${example}: ${matches.length} results whose text contains "${text}"`);
  return matches[0];
}

describe('result classifications checked by hand against the report', () => {
  it('then there are a dozen or more, from every quarter of the report', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(CASES.map((c) => Math.ceil(c.example / 25)))).toEqual(new Set([1, 2, 3, 4]));
  });

  it.each(CASES)('example $example "$result": $level, $kind, support $grade ($source)', (c) => {
    const result = find(c.example, c.result);
    expect({
      level: result.level?.value,
      kind: result.kind?.value,
      grade: result.support?.grade,
      source: result.support?.source,
    }).toEqual({ level: c.level, kind: c.kind, grade: c.grade, source: c.source });
    if (c.value !== undefined) expect(result.value).toBe(c.value);
    if (c.indicator !== undefined) expect(result.indicator?.id).toBe(c.indicator);
    const quote = c.decides.claim === 'quote' ? result.quote : result[c.decides.claim]?.quote;
    expect(source.contains(c.decides.words)).toBe(true);
    expect(normaliseQuote(quote ?? '').toLowerCase()).toContain(c.decides.words.toLowerCase());
  });
});
