import type { Classified, FigureEntry, ResultEntry } from './dataset.types';
import { foldDanish } from './name-key';

type Value = string | number | boolean | string[] | null;

/**
 * A classification's evidence as node properties under one prefix (`levelQuote`, `levelBasis`, …).
 * Neo4j properties cannot nest, and a result's claims (level, kind, support, period, baseline,
 * target) are about the result itself, not about a link; so they stay on the node, each with the
 * same four fields a link's evidence has: page, quote, basis, rationale.
 */
function claimEvidence(prefix: string, claim: Pick<Classified, 'quote' | 'page' | 'rationale'> & { basis?: string }, page: number) {
  return {
    [`${prefix}Page`]: claim.page ?? page,
    [`${prefix}Quote`]: claim.quote.replace(/\s+/g, ' ').trim(),
    [`${prefix}Basis`]: (claim.basis ?? 'stated').toUpperCase(),
    [`${prefix}Rationale`]: claim.rationale ?? null,
  };
}

// A baseline or target quotes the report's own figure, so it is stated by nature.
function figure(prefix: 'baseline' | 'target', entry: FigureEntry | undefined, page: number): Record<string, Value> {
  if (!entry) return {};
  return {
    [`${prefix}Value`]: entry.value,
    [`${prefix}Unit`]: entry.unit ?? null,
    [`${prefix}Year`]: entry.year ?? null,
    ...claimEvidence(prefix, entry, page),
  };
}

/** The Result node's properties: the figure, and each classification with its evidence. */
export function resultProps(id: string, key: string, position: number, result: ResultEntry, page: number): Record<string, Value> {
  const { level, kind, support, period } = result;
  return {
    id,
    key,
    // Its place among the initiative's results (1-based), the tie-break of every result ordering.
    position,
    text: result.text,
    name: result.text,
    value: result.value ?? null,
    unit: result.unit ?? null,
    year: result.year ?? null,
    folded: foldDanish(result.text),
    ...(level ? { level: level.value, ...claimEvidence('level', level, page) } : {}),
    // `resultKind`, not `kind`: the API reads `kind` of every node as its node kind.
    ...(kind ? { resultKind: kind.value, ...claimEvidence('resultKind', kind, page) } : {}),
    ...(support
      ? { supportGrade: support.grade, supportSource: support.source, supportBy: support.by ?? null, ...claimEvidence('support', support, page) }
      : {}),
    ...(period ? { periodFrom: period.from, periodTo: period.to, ...claimEvidence('period', period, page) } : {}),
    ...figure('baseline', result.baseline, page),
    ...figure('target', result.target, page),
  };
}

/** An Indicator node: what is measured, shared by every result that measures it. */
export function indicatorProps(id: string, key: string, name: string): Record<string, Value> {
  return { id, key, name, folded: foldDanish(name) };
}
