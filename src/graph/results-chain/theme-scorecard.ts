import { toEntity, type EntityObject } from '../common/entity.mapper';
import { IATI_OF_LEVEL, ResultKind, ResultLevel, type IatiResultType } from '../result/result-enums';
import type { ScorecardResultRow, ScorecardThemeRow } from './results-chain.repository';

export interface ThemeScorecardObject {
  theme: EntityObject;
  initiatives: number;
  statedLinks: number;
  inferredLinks: number;
  results: number;
  byLevel: { level: ResultLevel; iatiType: IatiResultType; count: number }[];
  byKind: { kind: ResultKind; count: number }[];
  bySupport: { grade: number; count: number }[];
  withFigure: number;
  withFigureShare: number;
  supportAtLeast3: number;
  supportAtLeast3Share: number;
  years: number[];
  initiativesWithoutResult: EntityObject[];
}

const GRADES = [0, 1, 2, 3, 4];
const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const count = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length;

/** Counts one theme's scorecard from its initiatives and their results. Pure. */
export function themeScorecard(row: ScorecardThemeRow): ThemeScorecardObject {
  const results: ScorecardResultRow[] = row.initiatives.flatMap((initiative) => initiative.results);
  const years = new Set<number>();
  for (const result of results) {
    if (result.year !== null) years.add(result.year);
    if (result.periodFrom !== null && result.periodTo !== null) {
      for (let year = result.periodFrom; year <= result.periodTo; year += 1) years.add(year);
    }
  }
  const withFigure = count(results, (result) => result.value !== null);
  const supportAtLeast3 = count(results, (result) => (result.supportGrade ?? 0) >= 3);
  return {
    theme: toEntity(row.theme, row.labels),
    initiatives: row.initiatives.length,
    statedLinks: count(row.initiatives, (initiative) => initiative.basis !== 'INFERRED'),
    inferredLinks: count(row.initiatives, (initiative) => initiative.basis === 'INFERRED'),
    results: results.length,
    byLevel: Object.values(ResultLevel).map((level) => ({
      level,
      iatiType: IATI_OF_LEVEL[level].type,
      count: count(results, (result) => result.level === level),
    })),
    byKind: Object.values(ResultKind).map((kind) => ({ kind, count: count(results, (result) => result.kind === kind) })),
    bySupport: GRADES.map((grade) => ({ grade, count: count(results, (result) => (result.supportGrade ?? 0) === grade) })),
    withFigure,
    withFigureShare: share(withFigure, results.length),
    supportAtLeast3,
    supportAtLeast3Share: share(supportAtLeast3, results.length),
    years: [...years].sort((a, b) => a - b),
    initiativesWithoutResult: row.initiatives
      .filter((initiative) => initiative.results.length === 0)
      .map((initiative) => toEntity(initiative.initiative, initiative.labels)),
  };
}
