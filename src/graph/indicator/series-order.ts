import type { EntityObject } from '../common/entity.mapper';

/** The year a result is placed at in a series: its own year, else the end of its period. */
export function seriesYear(result: EntityObject): number | null {
  const year = result.year ?? result.periodTo;
  return typeof year === 'number' ? year : null;
}

/** A series reads by year, undated results last; ties by id, so the order is stable. */
export function bySeriesOrder(a: EntityObject, b: EntityObject): number {
  const ya = seriesYear(a);
  const yb = seriesYear(b);
  if (ya !== yb) return ya === null ? 1 : yb === null ? -1 : ya - yb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
