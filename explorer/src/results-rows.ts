// The outline's rows, built from a `resultsChain` answer and filtered, with no DOM: what the view
// draws, the CSV exports and the unit tests check is one and the same list.
import type { Basis } from './model';
import {
  RESULT_LEVELS,
  type ChainGap,
  type ChainInitiativeAnswer,
  type ChainResultAnswer,
  type ClassificationEvidence,
  type Measure,
  type ResultKind,
  type ResultLevel,
  type ResultsChainAnswer,
  type SupportSource,
} from './results-chain';
import { GAP_TEXT, LEVEL_TEXT, RESULTS_TEXT, SUPPORT_GRADE_TEXT } from './results-text';

/** One labelled piece of evidence behind a row ("Niveau", "Støtte", ...). */
export interface EvidenceItem extends ClassificationEvidence {
  label: string;
}

export interface OutlineResult {
  id: string;
  text: string;
  level: ResultLevel | null;
  levelBasis: Basis | null;
  iatiType: string | null;
  kind: ResultKind | null;
  value: number | null;
  unit: string | null;
  year: number | null;
  /** The figure in Danish notation with its unit and year, e.g. "1.250 m² (2024)"; null without a value. */
  figure: string | null;
  period: string | null;
  indicator: string | null;
  baseline: string | null;
  target: string | null;
  support: { grade: number; source: SupportSource; by: string | null; basis: Basis } | null;
  gaps: ChainGap[];
  weakest: { basis: Basis; support: number | null };
  /** The result's own page and quote: the initiative achieved (or targets) it. */
  quote: ClassificationEvidence;
  evidence: EvidenceItem[];
}

export interface OutlineInitiative {
  id: string;
  number: number;
  title: string;
  page: number;
  themeLink: ClassificationEvidence;
  gaps: ChainGap[];
  weakest: { basis: Basis; support: number | null };
  results: OutlineResult[];
}

export interface Outline {
  strategy: { id: string; label: string };
  theme: { id: string; label: string };
  initiatives: OutlineInitiative[];
}

export interface OutlineFilters {
  /** Levels to show; empty shows every level (and unclassified results). */
  levels: ResultLevel[];
  /** Lowest support grade shown; null shows all, including ungraded results. */
  minSupport: number | null;
  /** STATED: only paths whose links (strategy → theme → initiative → result) are all stated; INFERRED: the rest. */
  basis: Basis | null;
  gap: ChainGap | null;
}

export const NO_FILTERS: OutlineFilters = { levels: [], minSupport: null, basis: null, gap: null };

/** Gaps that belong to the initiative (its chain), not to one of its results. */
const INITIATIVE_GAPS: readonly ChainGap[] = ['NO_RESULT', 'INFERRED_THEME_LINK'];
export const isInitiativeGap = (gap: ChainGap): boolean => INITIATIVE_GAPS.includes(gap);

const DANISH = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });
const DANISH_PLAIN = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 10, useGrouping: false });

/** A number as Danish readers write it: 1.250,5. */
export const danishNumber = (value: number): string => DANISH.format(value);

/** A number for a Danish spreadsheet: decimal comma, no thousands dots (which Excel may misread). */
export const spreadsheetNumber = (value: number | null): string => (value === null ? '' : DANISH_PLAIN.format(value));

/** Millions and billions as the report writes them ("1,7 mio.", "2,9 mia."): a column of 13-digit figures cannot be read. */
export function readableNumber(value: number): string {
  const size = Math.abs(value);
  if (size >= 1e9) return `${danishNumber(value / 1e9)} mia.`;
  if (size >= 1e6) return `${danishNumber(value / 1e6)} mio.`;
  return danishNumber(value);
}

function withUnit(value: number, unit: string | null): string {
  const number = readableNumber(value);
  if (!unit) return number;
  // Danish writes "45 %" with a space, like every other unit
  return `${number} ${unit}`;
}

export function figureText(value: number | null, unit: string | null, year: number | null): string | null {
  if (value === null) return null;
  return year === null ? withUnit(value, unit) : `${withUnit(value, unit)} (${year})`;
}

function measureText(measure: Measure | null): string | null {
  if (!measure) return null;
  return figureText(measure.value, measure.unit, measure.year);
}

function periodText(period: ChainResultAnswer['result']['period']): string | null {
  if (!period) return null;
  return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
}

function toResult(answer: ChainResultAnswer): OutlineResult {
  const { result } = answer;
  const quote = answer.evidence;
  const text = RESULTS_TEXT;
  const evidence: EvidenceItem[] = [];
  const add = (label: string, item: ClassificationEvidence | null | undefined) => {
    if (item) evidence.push({ label, ...item });
  };
  add(text.resultQuote, quote);
  add(text.levelEvidence, result.level?.evidence);
  add(text.kindEvidence, result.kind?.evidence);
  add(text.supportEvidence, result.support?.evidence);
  add(text.periodEvidence, result.period?.evidence);
  add(text.baselineEvidence, result.baseline?.evidence);
  add(text.targetEvidence, result.target?.evidence);
  return {
    id: result.id,
    text: result.text,
    level: result.level?.value ?? null,
    levelBasis: result.level?.evidence.basis ?? null,
    iatiType: result.level?.iatiType ?? null,
    kind: result.kind?.value ?? null,
    value: result.value,
    unit: result.unit,
    year: result.year,
    figure: figureText(result.value, result.unit, result.year),
    period: periodText(result.period),
    indicator: result.indicator?.name ?? null,
    baseline: measureText(result.baseline),
    target: measureText(result.target),
    support: result.support
      ? { grade: result.support.grade, source: result.support.source, by: result.support.by, basis: result.support.evidence.basis }
      : null,
    gaps: answer.gaps,
    weakest: answer.weakestLink,
    quote,
    evidence,
  };
}

const levelRank = (level: ResultLevel | null) => (level === null ? RESULT_LEVELS.length : RESULT_LEVELS.indexOf(level));

function toInitiative(answer: ChainInitiativeAnswer): OutlineInitiative {
  const results = answer.results
    .map((result, order) => ({ row: toResult(result), order }))
    // read as a chain: what was done first, the lasting change last; the report's order within a level
    .sort((a, b) => levelRank(a.row.level) - levelRank(b.row.level) || a.order - b.order)
    .map(({ row }) => row);
  return {
    id: answer.initiative.id,
    number: answer.initiative.number,
    title: answer.initiative.label,
    page: answer.initiative.page,
    themeLink: answer.themeLink,
    gaps: answer.gaps,
    weakest: answer.weakestLink,
    results,
  };
}

/** The outline of the chain's first (for a themeId query: only) theme, initiatives in the report's order. */
export function buildOutline(answer: ResultsChainAnswer): Outline | null {
  const [first] = answer.themes;
  if (!first) return null;
  return {
    strategy: answer.strategy,
    theme: first.theme,
    initiatives: first.initiatives.map(toInitiative).sort((a, b) => a.number - b.number),
  };
}

function resultPasses(result: OutlineResult, filters: OutlineFilters): boolean {
  if (filters.levels.length > 0 && (result.level === null || !filters.levels.includes(result.level))) return false;
  if (filters.minSupport !== null && (result.support === null || result.support.grade < filters.minSupport)) return false;
  if (filters.basis !== null && result.weakest.basis !== filters.basis) return false;
  if (filters.gap !== null && !isInitiativeGap(filters.gap) && !result.gaps.includes(filters.gap)) return false;
  return true;
}

/**
 * The initiatives and results the filters let through. An initiative stays when one of its
 * results does; one with no result at all stays only while no filter asks something of results
 * (level, support), so that "Intet resultat" is never hidden by accident. A gap of the initiative
 * (no result, inferred theme link) filters initiatives; a gap of a result filters results.
 */
export function filterOutline(outline: Outline, filters: OutlineFilters): OutlineInitiative[] {
  const asksResults = filters.levels.length > 0 || filters.minSupport !== null || (filters.gap !== null && !isInitiativeGap(filters.gap));
  const shown: OutlineInitiative[] = [];
  for (const initiative of outline.initiatives) {
    if (filters.gap !== null && isInitiativeGap(filters.gap) && !initiative.gaps.includes(filters.gap)) continue;
    if (initiative.results.length === 0) {
      if (asksResults) continue;
      if (filters.basis !== null && initiative.weakest.basis !== filters.basis) continue;
      shown.push(initiative);
      continue;
    }
    const results = initiative.results.filter((result) => resultPasses(result, filters));
    if (results.length > 0) shown.push({ ...initiative, results });
  }
  return shown;
}

export const countResults = (initiatives: readonly OutlineInitiative[]): number =>
  initiatives.reduce((sum, initiative) => sum + initiative.results.length, 0);

/** Results per level (and unclassified as null), for the filter's labels. */
export function levelCounts(outline: Outline): Map<ResultLevel | null, number> {
  const counts = new Map<ResultLevel | null, number>();
  for (const initiative of outline.initiatives) {
    for (const result of initiative.results) counts.set(result.level, (counts.get(result.level) ?? 0) + 1);
  }
  return counts;
}

/** The active filters in words (for print, where the controls are not shown); empty when none is set. */
export function describeFilters(filters: OutlineFilters): string {
  const t = RESULTS_TEXT;
  const parts: string[] = [];
  if (filters.levels.length > 0) parts.push(`${t.levelLegend}: ${filters.levels.map((level) => LEVEL_TEXT[level].name).join(', ')}`);
  if (filters.minSupport !== null) parts.push(`${t.supportLabel} ${filters.minSupport} (${SUPPORT_GRADE_TEXT[filters.minSupport]})`);
  if (filters.basis !== null) parts.push(`${t.basisLabel}: ${filters.basis === 'STATED' ? t.basisStated : t.basisInferred}`);
  if (filters.gap !== null) parts.push(`${t.gapLabel}: ${GAP_TEXT[filters.gap].name}`);
  return parts.length === 0 ? '' : `${t.filtersTitle}: ${parts.join(' · ')}`;
}

/** Evidence items that quote the same words on the same page, told once: labels with their basis and reason. */
export interface EvidenceGroup {
  quote: string;
  page: number | null;
  entries: { label: string; basis: Basis; rationale: string | null }[];
}

/**
 * Groups a row's evidence by quote and page, in first-seen order: a result's level, kind and support
 * often rest on the very sentence that states it, and reading it four times hides what differs.
 */
export function evidenceGroups(items: readonly EvidenceItem[]): EvidenceGroup[] {
  const groups: EvidenceGroup[] = [];
  for (const item of items) {
    let group = groups.find((g) => g.quote === item.quote && g.page === item.page);
    if (!group) {
      group = { quote: item.quote, page: item.page, entries: [] };
      groups.push(group);
    }
    group.entries.push({ label: item.label, basis: item.basis, rationale: item.rationale });
  }
  return groups;
}
