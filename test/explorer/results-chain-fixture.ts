// A small `resultsChain` answer in the API's shape (RESULTS-API contract), modelled on examples
// 21 and 31 of the report, for the outline's unit tests. Hand-written: each test says what it expects.
import type { ChainInitiativeAnswer, ChainResultAnswer, ClassificationEvidence, ResultsChainAnswer } from '../../explorer/src/results-chain';

export const stated = (quote: string, page = 21): ClassificationEvidence => ({ basis: 'STATED', quote, page, rationale: null });
export const inferred = (quote: string, rationale: string, page = 21): ClassificationEvidence => ({ basis: 'INFERRED', quote, page, rationale });

type ResultOverrides = Partial<ChainResultAnswer['result']> & { id: string; text: string };

export function chainResult(
  result: ResultOverrides,
  evidence: ClassificationEvidence,
  gaps: ChainResultAnswer['gaps'] = [],
  weakestLink: ChainResultAnswer['weakestLink'] = { basis: 'INFERRED', support: 1 },
): ChainResultAnswer {
  return {
    evidence,
    result: {
      value: null,
      unit: null,
      year: null,
      level: null,
      kind: null,
      support: null,
      indicator: null,
      period: null,
      baseline: null,
      target: null,
      ...result,
    },
    gaps,
    weakestLink,
  };
}

const fritidsjob: ChainInitiativeAnswer = {
  initiative: {
    id: 'initiative:et-fritidsjob-til-forskel',
    label: 'Et fritidsjob til forskel',
    number: 21,
    page: 21,
  },
  themeLink: inferred('medvirker til at forbedre anbragte og udsatte unges livsbetingelser', 'En forebyggende social indsats hører under Rettidig Velfærd.'),
  gaps: ['INFERRED_THEME_LINK'],
  weakestLink: { basis: 'INFERRED', support: 0 },
  // the API's order: the outcome first; the outline reads the chain from the output up
  results: [
    chainResult(
      {
        id: 'result:fritidsjob-tilbagemeldinger',
        text: 'Mange positive tilbagemeldinger fra unge, virksomheder og samarbejdspartnere',
        level: { value: 'RESULTAT', iatiType: 'OUTCOME', iatiCode: 2, evidence: inferred('mange positive tilkendegivelser', 'Handler om de unges oplevelse.') },
        kind: { value: 'ACHIEVEMENT', evidence: inferred('mange positive tilkendegivelser', 'Uden tal.') },
        support: { grade: 0, source: 'ASSERTION', by: null, evidence: inferred('mange positive tilkendegivelser', 'Ingen måling.') },
      },
      stated('Desuden oplever de mange positive tilkendegivelser'),
      ['NO_FIGURE', 'ASSERTION_ONLY', 'INFERRED_THEME_LINK'],
      { basis: 'INFERRED', support: 0 },
    ),
    chainResult(
      {
        id: 'result:fritidsjob-66',
        text: '66 fritidsjob etableret ved udgangen af 2024',
        value: 66,
        unit: 'fritidsjob',
        year: 2024,
        level: { value: 'LEVERANCE', iatiType: 'OUTPUT', iatiCode: 1, evidence: inferred('havde etableret 66 fritidsjob', 'Antal job er en leverance.') },
        kind: { value: 'MEASURED', evidence: stated('havde etableret 66 fritidsjob') },
        support: { grade: 1, source: 'OWN_FIGURE', by: null, evidence: inferred('havde etableret 66 fritidsjob', 'Kommunens egen opgørelse.') },
        indicator: { id: 'indicator:antal-fritidsjob', name: 'antal etablerede fritidsjob' },
      },
      stated('hvoraf de ved udgangen af 2024 havde etableret 66 fritidsjob'),
      ['INFERRED_THEME_LINK'],
      { basis: 'INFERRED', support: 1 },
    ),
  ],
};

const evaluated: ChainInitiativeAnswer = {
  initiative: { id: 'initiative:tidlig-indsats', label: 'Tidlig indsats', number: 12, page: 12 },
  themeLink: stated('Rettidig Velfærd', 12),
  gaps: [],
  weakestLink: { basis: 'STATED', support: 3 },
  results: [
    chainResult(
      {
        id: 'result:trivsel',
        text: 'Trivslen steg, evalueret af VIVE',
        value: 3.9,
        unit: 'point',
        year: 2023,
        level: { value: 'VIRKNING', iatiType: 'IMPACT', iatiCode: 3, evidence: stated('varig forbedring', 12) },
        kind: { value: 'MEASURED', evidence: stated('trivslen steg fra 3,2 til 3,9', 12) },
        support: { grade: 3, source: 'NAMED_EVALUATION', by: 'VIVE', evidence: stated('evalueret af VIVE', 12) },
        period: { from: 2021, to: 2023, evidence: stated('fra 2021 til 2023', 12) },
        baseline: { value: 3.2, unit: 'point', year: 2021, evidence: stated('fra 3,2', 12) },
        target: { value: 1250.5, unit: 'm²', year: null, evidence: stated('1.250,5 m²', 12) },
      },
      stated('trivslen steg fra 3,2 til 3,9', 12),
      [],
      { basis: 'STATED', support: 3 },
    ),
  ],
};

const silent: ChainInitiativeAnswer = {
  initiative: { id: 'initiative:uden-resultat', label: 'Uden resultat', number: 40, page: 40 },
  themeLink: inferred('borgernes behov', 'Vores læsning.', 40),
  gaps: ['NO_RESULT', 'INFERRED_THEME_LINK'],
  weakestLink: { basis: 'INFERRED', support: null },
  results: [],
};

/** Rettidig Velfærd with three initiatives, given out of the report's order (40, 21, 12). */
export function chainAnswer(): ResultsChainAnswer {
  return {
    strategy: { id: 'strategy:fremtidens-legeplads', label: 'Fremtidens Legeplads' },
    themes: [{ theme: { id: 'theme:rettidig-velfaerd', label: 'Rettidig Velfærd' }, initiatives: [silent, fritidsjob, evaluated] }],
  };
}
