import { Basis, type Evidence } from '../common/evidence.type';
import { NO_POSITION } from '../common/entity.mapper';

type Props = Record<string, unknown>;
import type { Measure, Period, ResultKindClaim, ResultLevelClaim, Support } from './result-claims.type';
import { IATI_OF_LEVEL, ResultKind, ResultLevel, SupportSource } from './result-enums';

// The loader stores each claim of a Result under a prefix (src/dataset/result-to-graph.ts):
// `level`, `levelQuote`, `levelPage`, `levelBasis`, `levelRationale` (the kind as `resultKind`,
// since `kind` is every entity's node kind). These read them back.

const LEVELS = new Set<string>(Object.values(ResultLevel));
const KINDS = new Set<string>(Object.values(ResultKind));
const SOURCES = new Set<string>(Object.values(SupportSource));

/** The evidence stored under `prefix`, or null when the node has no such claim. */
export function claimEvidence(props: Props, prefix: string): Evidence | null {
  const quote = props[`${prefix}Quote`];
  if (typeof quote !== 'string') return null;
  return {
    page: Number(props[`${prefix}Page`]),
    quote,
    basis: props[`${prefix}Basis`] === 'INFERRED' ? Basis.INFERRED : Basis.STATED,
    rationale: (props[`${prefix}Rationale`] as string | null | undefined) ?? null,
    // a claim's quote is checked and positioned at validation, but its position is not stored on the node
    ...NO_POSITION,
  };
}

export function levelClaim(props: Props): ResultLevelClaim | null {
  const evidence = claimEvidence(props, 'level');
  if (!evidence || !LEVELS.has(String(props.level))) return null;
  const value = props.level as ResultLevel;
  return { value, iatiType: IATI_OF_LEVEL[value].type, iatiCode: IATI_OF_LEVEL[value].code, evidence };
}

export function kindClaim(props: Props): ResultKindClaim | null {
  const evidence = claimEvidence(props, 'resultKind');
  if (!evidence || !KINDS.has(String(props.resultKind))) return null;
  return { value: props.resultKind as ResultKind, evidence };
}

export function supportClaim(props: Props): Support | null {
  const evidence = claimEvidence(props, 'support');
  if (!evidence || !SOURCES.has(String(props.supportSource)) || typeof props.supportGrade !== 'number') return null;
  return {
    grade: props.supportGrade,
    source: props.supportSource as SupportSource,
    by: (props.supportBy as string | null | undefined) ?? null,
    evidence,
  };
}

export function periodClaim(props: Props): Period | null {
  const evidence = claimEvidence(props, 'period');
  if (!evidence || typeof props.periodFrom !== 'number' || typeof props.periodTo !== 'number') return null;
  return { from: props.periodFrom, to: props.periodTo, evidence };
}

export function measure(props: Props, prefix: 'baseline' | 'target'): Measure | null {
  const evidence = claimEvidence(props, prefix);
  const value = props[`${prefix}Value`];
  if (!evidence || typeof value !== 'number') return null;
  return {
    value,
    unit: (props[`${prefix}Unit`] as string | null | undefined) ?? null,
    year: (props[`${prefix}Year`] as number | null | undefined) ?? null,
    evidence,
  };
}
