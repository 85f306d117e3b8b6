// What the timeline shows under the filters the graph has: theme, town and committee (results by
// their initiative), the shown kinds and the year range. Pure, so that it is tested without a browser.
import type { Timeline } from './queries';

export interface Named {
  id: string;
  label: string;
}

export interface TimelineChoice {
  /** The theme, town and committee filters, asked of an initiative. */
  keep(initiativeId: string): boolean;
  /** Only years in this range; null: every year. */
  years: readonly [number, number] | null;
  /** The legend's kinds: are initiatives and results shown at all. */
  initiatives: boolean;
  results: boolean;
}

export interface TimelineShown {
  years: Timeline;
  /** Kept by the filters but with no year: said to be undated, whatever the range. */
  undated: { initiatives: Named[]; results: Named[] };
  /** Marks (events and results) of the whole timeline the filters leave out. */
  left: number;
}

/**
 * A result goes with its initiatives (`owners`: result id → initiative ids): it shows when one of
 * them is kept. A result whose initiative is not known is not hidden by a filter it cannot be asked.
 */
export function filterTimeline(
  timeline: Timeline,
  owners: ReadonlyMap<string, readonly string[]>,
  undated: { initiatives: readonly Named[]; results: readonly Named[] },
  choice: TimelineChoice,
): TimelineShown {
  const keepResult = (id: string) => choice.results && (owners.has(id) ? owners.get(id)!.some((initiative) => choice.keep(initiative)) : true);
  const keepEvent = (initiativeId: string) => choice.initiatives && choice.keep(initiativeId);
  const inRange = (year: number) => !choice.years || (year >= choice.years[0] && year <= choice.years[1]);
  let all = 0;
  let shown = 0;
  const years = timeline
    .map((year) => {
      all += year.events.length + year.results.length;
      if (!inRange(year.year)) return { ...year, events: [], results: [] };
      const kept = { ...year, events: year.events.filter((event) => keepEvent(event.initiative.id)), results: year.results.filter((result) => keepResult(result.id)) };
      shown += kept.events.length + kept.results.length;
      return kept;
    })
    .filter((year) => year.events.length + year.results.length > 0);
  return {
    years,
    undated: {
      initiatives: undated.initiatives.filter((initiative) => keepEvent(initiative.id)),
      results: undated.results.filter((result) => keepResult(result.id)),
    },
    left: all - shown,
  };
}
