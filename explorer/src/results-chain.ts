// The results chain of one theme, as the API's `resultsChain` returns it (RESULTS-API contract):
// strategy → theme → initiatives → results, with evidence, gaps and the weakest link on each step.
import { graphql } from './api';
import { ResultsChainDocument } from './generated/operations';
import type { Basis } from './model';

export type ResultLevel = 'AKTIVITET' | 'LEVERANCE' | 'RESULTAT' | 'VIRKNING';
export type ResultKind = 'MEASURED' | 'ACHIEVEMENT' | 'TARGET' | 'EXPECTED';
export type SupportSource = 'ASSERTION' | 'OWN_FIGURE' | 'BEFORE_AFTER' | 'NAMED_EVALUATION' | 'OUTSIDE_MEASUREMENT' | 'COMPARISON_GROUP';
export type ChainGap = 'NO_RESULT' | 'NO_FIGURE' | 'ASSERTION_ONLY' | 'INFERRED_THEME_LINK';

export const RESULT_LEVELS: readonly ResultLevel[] = ['AKTIVITET', 'LEVERANCE', 'RESULTAT', 'VIRKNING'];
export const CHAIN_GAPS: readonly ChainGap[] = ['NO_RESULT', 'NO_FIGURE', 'ASSERTION_ONLY', 'INFERRED_THEME_LINK'];

export interface ClassificationEvidence {
  basis: Basis;
  quote: string;
  page: number | null;
  rationale: string | null;
}

export interface Measure {
  value: number;
  unit: string | null;
  year: number | null;
  evidence: ClassificationEvidence;
}

export interface ChainResultAnswer {
  result: {
    id: string;
    text: string;
    value: number | null;
    unit: string | null;
    year: number | null;
    level: { value: ResultLevel; iatiType: string | null; iatiCode: number | null; evidence: ClassificationEvidence } | null;
    kind: { value: ResultKind; evidence: ClassificationEvidence } | null;
    support: { grade: number; source: SupportSource; by: string | null; evidence: ClassificationEvidence } | null;
    indicator: { id: string; name: string } | null;
    period: { from: number; to: number; evidence: ClassificationEvidence } | null;
    baseline: Measure | null;
    target: Measure | null;
  };
  /** The quote that the initiative achieved (or targets) the result. */
  evidence: ClassificationEvidence;
  gaps: ChainGap[];
  /** The lowest basis of the path's links (strategy → theme → initiative → result) and the lowest support grade. */
  weakestLink: { basis: Basis; support: number | null };
}

export interface ChainInitiativeAnswer {
  initiative: { id: string; label: string; number: number; page: number };
  themeLink: ClassificationEvidence;
  results: ChainResultAnswer[];
  gaps: ChainGap[];
  weakestLink: { basis: Basis; support: number | null };
}

export interface ResultsChainAnswer {
  strategy: { id: string; label: string };
  themes: { theme: { id: string; label: string }; initiatives: ChainInitiativeAnswer[] }[];
}

/**
 * The whole chain of a theme, unfiltered: the view filters it in the page, so that a change of
 * filter answers at once and the counts ("12 of 130") are of the same answer.
 */
export async function loadResultsChain(themeId: string): Promise<ResultsChainAnswer> {
  const data = await graphql(ResultsChainDocument, { themeId });
  return data.resultsChain;
}
