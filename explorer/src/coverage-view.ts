// The theme × town heat map: a table whose cells are buttons that open their initiatives, with
// "ingen by" / "intet tema" and totals (coverage-table.ts), headers written across.
import { coverageTable, NONE, TOTAL } from './coverage-table';
import { h } from './dom';
import { countOf, num, pick } from './i18n';
import type { InitiativeFacts } from './model';
import type { Coverage } from './queries';

export function renderCoverage(host: HTMLElement, coverage: Coverage, facts: InitiativeFacts, open: (ids: string[], label: string) => void): void {
  const table = coverageTable(coverage, facts.themes, facts.towns, {
    none: { row: pick('intet tema', 'no theme'), column: pick('ingen by', 'no town') },
    total: pick('i alt', 'total'),
  });
  const inner = [...table.cells.values()].filter((cell) => cell.row !== TOTAL && cell.column !== TOTAL);
  const max = Math.max(1, ...inner.map((cell) => cell.initiativeIds.length));
  const all = table.cells.get(`${TOTAL}|${TOTAL}`)?.initiativeIds.length ?? 0;
  host.replaceChildren(
    h(
      'table',
      { class: 'heatmap' },
      h('caption', { class: 'hint' }, pick(
        `${num(all)} initiativer i alt; et initiativ med flere temaer eller byer tælles i hver af dem. Mørkere celler rummer flere.`,
        `${num(all)} initiatives in all; an initiative with several themes or towns counts in each. Darker cells hold more.`,
      )),
      h('thead', {}, h('tr', {}, h('td', {}), ...table.columns.map((column) => h('th', { scope: 'col', class: column.id === NONE || column.id === TOTAL ? 'margin' : null }, column.label)))),
      h(
        'tbody',
        {},
        ...table.rows.map((row) =>
          h(
            'tr',
            { class: row.id === TOTAL ? 'total' : null },
            h('th', { scope: 'row' }, row.label),
            ...table.columns.map((column) => {
              const cell = table.cells.get(`${row.id}|${column.id}`);
              const label = `${row.label} × ${column.label}`;
              if (!cell || cell.initiativeIds.length === 0) return h('td', { class: 'empty', title: `${label}: ${pick('ingen', 'none')}` }, '·');
              const count = cell.initiativeIds.length;
              const total = row.id === TOTAL || column.id === TOTAL;
              // a blue ramp over the inner cells; totals stay plain; light text on the darker half
              const share = count / max;
              const style = total ? 'background: #f3f3f6' : `background: rgba(0, 114, 178, ${0.12 + 0.88 * share}); color: ${share > 0.5 ? '#fff' : '#1d1d1f'}`;
              const ends = [row.id, column.id].filter((id) => id !== NONE && id !== TOTAL);
              return h(
                'td',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    style,
                    'data-row': row.id,
                    'data-column': column.id,
                    'aria-label': `${label}: ${countOf('Initiative', count)}`,
                    title: `${label}: ${num(count)}`,
                    onclick: () => open([...ends, ...cell.initiativeIds], label),
                  },
                  num(count),
                ),
              );
            }),
          ),
        ),
      ),
    ),
  );
}
