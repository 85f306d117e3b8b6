import { registerEnumType } from 'type-graphql';

/** Socialstyrelsen's forandringsteori: what was done, what it delivered, what changed, what lasts. */
export enum ResultLevel {
  AKTIVITET = 'aktivitet',
  LEVERANCE = 'leverance',
  RESULTAT = 'resultat',
  VIRKNING = 'virkning',
}
registerEnumType(ResultLevel, {
  name: 'ResultLevel',
  description:
    'Where a result sits in the results chain (Socialstyrelsen\'s forandringsteori), from what the municipality did to a lasting ' +
    'change. Our classification of the report\'s text (see docs/results-chain.md); each claim carries its quote.',
  valuesConfig: {
    AKTIVITET: { description: 'Aktivitet: something was done or set up (a plan adopted, a project started, a course held). IATI output (1).' },
    LEVERANCE: { description: 'Leverance (output): how much was delivered (participants, homes built, jobs found). IATI output (1).' },
    RESULTAT: { description: 'Resultat (outcome): a change for the people concerned (more in work, better well-being). IATI outcome (2).' },
    VIRKNING: { description: 'Virkning (impact): a lasting change in the municipality as a whole (lowest unemployment, a growing population). IATI impact (3).' },
  },
});

/** IATI's result type codelist: output 1, outcome 2, impact 3. */
export enum IatiResultType {
  OUTPUT = 'OUTPUT',
  OUTCOME = 'OUTCOME',
  IMPACT = 'IMPACT',
}
registerEnumType(IatiResultType, {
  name: 'IatiResultType',
  description: 'The IATI result type (codelist ResultType) a level maps to, for reporting in the international standard.',
  valuesConfig: {
    OUTPUT: { description: 'Code 1: the products and services delivered (AKTIVITET and LEVERANCE).' },
    OUTCOME: { description: 'Code 2: the change for the people concerned (RESULTAT).' },
    IMPACT: { description: 'Code 3: the lasting, wider change (VIRKNING).' },
  },
});

/**
 * IATI has no level below output: an activity is reported as what it produced, so both AKTIVITET
 * and LEVERANCE map to output (docs/results-chain.md gives the reasoning).
 */
export const IATI_OF_LEVEL: Record<ResultLevel, { type: IatiResultType; code: number }> = {
  [ResultLevel.AKTIVITET]: { type: IatiResultType.OUTPUT, code: 1 },
  [ResultLevel.LEVERANCE]: { type: IatiResultType.OUTPUT, code: 1 },
  [ResultLevel.RESULTAT]: { type: IatiResultType.OUTCOME, code: 2 },
  [ResultLevel.VIRKNING]: { type: IatiResultType.IMPACT, code: 3 },
};

export enum ResultKind {
  MEASURED = 'measured',
  ACHIEVEMENT = 'achievement',
  TARGET = 'target',
  EXPECTED = 'expected',
}
registerEnumType(ResultKind, {
  name: 'ResultKind',
  description: 'What sort of statement the report makes about the result.',
  valuesConfig: {
    MEASURED: { description: 'A measured figure: the report gives a number that was counted or measured.' },
    ACHIEVEMENT: { description: 'An achievement stated without a figure ("the plan was adopted", "many positive responses").' },
    TARGET: { description: 'A target or plan, not yet reached ("op mod 550 boliger"): not a result yet.' },
    EXPECTED: { description: 'An effect the report expects or hopes for, without a target figure.' },
  },
});

export enum SupportSource {
  ASSERTION = 'assertion',
  OWN_FIGURE = 'own_figure',
  BEFORE_AFTER = 'before_after',
  NAMED_EVALUATION = 'named_evaluation',
  OUTSIDE_MEASUREMENT = 'outside_measurement',
  COMPARISON_GROUP = 'comparison_group',
}
registerEnumType(SupportSource, {
  name: 'SupportSource',
  description:
    'How the report backs a result, with the grade it earns on our 0–4 scale (after the Maryland Scientific Methods Scale; ' +
    'docs/results-chain.md).',
  valuesConfig: {
    ASSERTION: { description: 'Grade 0: the report says so, with nothing behind it that a reader could check.' },
    OWN_FIGURE: { description: 'Grade 1: the municipality\'s own count or figure, at one point in time.' },
    BEFORE_AFTER: { description: 'Grade 2: a figure before and after, so that a change can be seen (but not attributed).' },
    NAMED_EVALUATION: { description: 'Grade 3: an evaluation or analysis the report names (see `Support.by`).' },
    OUTSIDE_MEASUREMENT: { description: 'Grade 3: a measurement by someone outside the municipality: a national ranking, a survey (see `Support.by`).' },
    COMPARISON_GROUP: { description: 'Grade 4: a comparison with a group or place without the initiative.' },
  },
});

export enum ChainGap {
  NO_RESULT = 'NO_RESULT',
  NO_FIGURE = 'NO_FIGURE',
  ASSERTION_ONLY = 'ASSERTION_ONLY',
  INFERRED_THEME_LINK = 'INFERRED_THEME_LINK',
}
registerEnumType(ChainGap, {
  name: 'ChainGap',
  description: 'A weak point in the results chain that an evaluator should look at.',
  valuesConfig: {
    NO_RESULT: { description: 'The initiative reports no result at all.' },
    NO_FIGURE: { description: 'The result has no figure (`value` is null); on an initiative: none of its results has one.' },
    ASSERTION_ONLY: { description: 'Support grade 0: only the report\'s assertion; on an initiative: all its results are grade 0.' },
    INFERRED_THEME_LINK: { description: 'The chain rests on a theme link we inferred: the report does not say in words that the initiative serves the theme.' },
  },
});
