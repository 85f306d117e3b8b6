// The theme × town heat map: a table whose cells are buttons that open their initiatives.
import { h } from './dom';
import type { Coverage } from './queries';

export function renderCoverage(host: HTMLElement, coverage: Coverage, open: (ids: string[], label: string) => void): void {
  const max = Math.max(1, ...coverage.cells.map((cell) => cell.count));
  const cells = new Map(coverage.cells.map((cell) => [`${cell.row}|${cell.column}`, cell]));
  host.replaceChildren(
    h(
      'table',
      { class: 'heatmap' },
      h('caption', { class: 'hint' }, `${coverage.total} initiatives have both a theme and a town; darker cells hold more.`),
      h('thead', {}, h('tr', {}, h('td', {}), ...coverage.columns.map((column) => h('th', { scope: 'col' }, column.label)))),
      h(
        'tbody',
        {},
        ...coverage.rows.map((row) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, row.label),
            ...coverage.columns.map((column) => {
              const cell = cells.get(`${row.id}|${column.id}`);
              if (!cell) return h('td', { class: 'empty', title: `${row.label} × ${column.label}: none` }, '·');
              const label = `${row.label} × ${column.label}`;
              // a blue ramp; light text on the darker half
              const share = cell.count / max;
              const style = `background: rgba(0, 114, 178, ${0.12 + 0.88 * share}); color: ${share > 0.5 ? '#fff' : '#1d1d1f'}`;
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
                    'aria-label': `${label}: ${cell.count} ${cell.count === 1 ? 'initiative' : 'initiatives'}`,
                    title: `${label}: ${cell.count}`,
                    onclick: () => open([row.id, column.id, ...cell.initiativeIds], label),
                  },
                  String(cell.count),
                ),
              );
            }),
          ),
        ),
      ),
    ),
  );
}
