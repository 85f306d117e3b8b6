// The timeline: the years of the API's `timeline` across, each year a column of marks – the
// initiatives' dated events and the results dated that year. A mark opens its node in the graph.
// It follows the graph's filters (timeline-filter.ts). Initiatives and results with no year are
// named last, "uden år": undated is said, not left out in silence.
import { append, h } from './dom';
import { countOf, num, pick } from './i18n';
import { KIND_STYLES } from './kinds';
import type { TimelineShown } from './timeline-filter';

export function renderTimeline(host: HTMLElement, shown: TimelineShown, filters: string[], open: (id: string) => void): void {
  const { years, undated } = shown;
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
    undated.initiatives.length + undated.results.length > 0
      ? h(
          'details',
          { class: 'timeline-undated' },
          h(
            'summary',
            {},
            `${pick('Uden år', 'No year')}: ${[
              undated.initiatives.length > 0 ? countOf('Initiative', undated.initiatives.length) : null,
              undated.results.length > 0 ? countOf('Result', undated.results.length) : null,
            ].filter(Boolean).join(pick(' og ', ' and '))}`,
          ),
          h(
            'ul',
            {},
            ...undated.initiatives.map((initiative) => mark(initiative.id, initiative.label, pick('uden år', 'no year'), 'Initiative')),
            ...undated.results.map((result) => mark(result.id, result.label, pick('uden år', 'no year'), 'Result')),
          ),
        )
      : null,
  ]);
  // what the filters leave out is said above the years, with the filters that did it
  host.prepend(
    h(
      'p',
      { class: 'hint timeline-filters', id: 'timeline-filters' },
      filters.length === 0
        ? pick('Alle initiativer og resultater; tidslinjen følger filtrene i venstre side.', 'Every initiative and result; the timeline follows the filters on the left.')
        : pick(`Følger filtrene (${filters.join(', ')}): ${num(shown.left)} markeringer er skjult.`, `Follows the filters (${filters.join(', ')}): ${num(shown.left)} marks are hidden.`),
    ),
  );
}
