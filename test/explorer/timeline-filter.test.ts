import type { Timeline } from '../../explorer/src/queries';
import { filterTimeline, type TimelineChoice } from '../../explorer/src/timeline-filter';

describe('explorer timeline under the filters', () => {
  const event = (id: string) => ({ event: `${id} sker`, initiative: { id, label: id } });
  const timeline: Timeline = [
    { year: 1990, events: [event('initiative:klima')], results: [] },
    { year: 2022, events: [event('initiative:a'), event('initiative:b')], results: [{ id: 'result:a-1', label: 'a-1' }] },
    { year: 2024, events: [event('initiative:b')], results: [{ id: 'result:b-1', label: 'b-1' }, { id: 'result:stray', label: 'stray' }] },
  ];
  // result:stray's initiative is not known: no filter can be asked of it
  const owners = new Map([['result:a-1', ['initiative:a']], ['result:b-1', ['initiative:b']]]);
  const undated = { initiatives: [{ id: 'initiative:c', label: 'c' }, { id: 'initiative:d', label: 'd' }], results: [{ id: 'result:a-2', label: 'a-2' }] };
  owners.set('result:a-2', ['initiative:a']);
  const all: TimelineChoice = { keep: () => true, years: null, initiatives: true, results: true };
  const ids = (shown: ReturnType<typeof filterTimeline>) => shown.years.map((year) => [year.year, [...year.events.map((e) => e.initiative.id), ...year.results.map((r) => r.id)]]);

  it('when nothing is filtered, then every year, event and result shows and nothing is left out', () => {
    const shown = filterTimeline(timeline, owners, undated, all);
    expect(ids(shown)).toEqual([
      [1990, ['initiative:klima']],
      [2022, ['initiative:a', 'initiative:b', 'result:a-1']],
      [2024, ['initiative:b', 'result:b-1', 'result:stray']],
    ]);
    expect(shown.left).toBe(0);
    expect(shown.undated.initiatives.map((i) => i.id)).toEqual(['initiative:c', 'initiative:d']);
    expect(shown.undated.results.map((r) => r.id)).toEqual(['result:a-2']);
  });

  it('when a theme keeps one initiative, then its events and its results show, the others\' results go too, and empty years drop', () => {
    const shown = filterTimeline(timeline, owners, undated, { ...all, keep: (id) => id === 'initiative:a' || id === 'initiative:c' });
    expect(ids(shown)).toEqual([
      [2022, ['initiative:a', 'result:a-1']],
      [2024, ['result:stray']],
    ]);
    expect(shown.left).toBe(4);
    expect(shown.undated).toEqual({ initiatives: [{ id: 'initiative:c', label: 'c' }], results: [{ id: 'result:a-2', label: 'a-2' }] });
  });

  it('when the years are narrowed, then only years inside the range show, and undated ones are still named', () => {
    const shown = filterTimeline(timeline, owners, undated, { ...all, years: [2020, 2023] });
    expect(ids(shown)).toEqual([[2022, ['initiative:a', 'initiative:b', 'result:a-1']]]);
    expect(shown.left).toBe(4);
    expect(shown.undated.initiatives).toHaveLength(2);
  });

  it('when results are hidden in the legend, then the timeline has no result marks, dated or not', () => {
    const shown = filterTimeline(timeline, owners, undated, { ...all, results: false });
    expect(shown.years.flatMap((year) => year.results)).toEqual([]);
    expect(shown.undated.results).toEqual([]);
    expect(shown.years.map((year) => year.year)).toEqual([1990, 2022, 2024]);
  });

  it('when initiatives are hidden in the legend, then only results remain', () => {
    const shown = filterTimeline(timeline, owners, undated, { ...all, initiatives: false });
    expect(shown.years.flatMap((year) => year.events)).toEqual([]);
    expect(shown.years.map((year) => year.year)).toEqual([2022, 2024]);
    expect(shown.undated.initiatives).toEqual([]);
  });
});
