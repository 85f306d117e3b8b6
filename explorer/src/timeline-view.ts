// The timeline: the years of the API's `timeline` across, each year a column of marks – the
// initiatives' dated events and the results dated that year. A mark opens its node in the graph.
// Initiatives with no dated event are named below: undated is said, not left out in silence.
import { append, h } from './dom';
import { countOf, num, pick } from './i18n';
import { KIND_STYLES } from './kinds';
import type { Timeline } from './queries';

export function renderTimeline(
  host: HTMLElement,
  timeline: Timeline,
  undated: { id: string; label: string }[],
  keep: (initiativeId: string) => boolean,
  open: (id: string) => void,
): void {
  const years = timeline
    .map((year) => ({ ...year, events: year.events.filter((event) => keep(event.initiative.id)) }))
    .filter((year) => year.events.length + year.results.length > 0);
  const mark = (id: string, label: string, note: string | null, kind: 'Initiative' | 'Result') =>
    h(
      'li',
      {},
      h(
        'button',
        { type: 'button', class: `mark mark-${kind}`, 'data-id': id, style: `border-left-color: ${KIND_STYLES[kind].color}`, onclick: () => open(id), title: note ?? label },
        label,
        note ? h('span', { class: 'mark-note' }, note) : null,
      ),
    );
  host.replaceChildren();
  append(host, [
    h(
      'div',
      { class: 'timeline-years', role: 'list' },
      ...years.map((year) =>
        h(
          'section',
          { class: 'timeline-year', role: 'listitem', 'data-year': year.year, 'aria-label': String(year.year) },
          h('h3', {}, String(year.year)),
          h('p', { class: 'hint' }, `${countOf('Initiative', new Set(year.events.map((e) => e.initiative.id)).size)}, ${countOf('Result', year.results.length)}`),
          h(
            'ul',
            {},
            ...year.events.map((event) => mark(event.initiative.id, event.initiative.label, event.event, 'Initiative')),
            ...year.results.map((result) => mark(result.id, result.label, null, 'Result')),
          ),
        ),
      ),
    ),
    undated.length > 0
      ? h(
          'details',
          { class: 'timeline-undated' },
          h('summary', {}, pick(`${num(undated.length)} initiativer har intet årstal`, `${num(undated.length)} initiatives have no year`)),
          h('ul', {}, ...undated.map((initiative) => mark(initiative.id, initiative.label, null, 'Initiative'))),
        )
      : null,
  ]);
}
