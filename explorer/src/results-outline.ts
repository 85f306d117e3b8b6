// The view "Fra strategi til resultat": one theme's results chain as a table to read, not a graph
// to untangle. One row group per initiative (report order), a row per result (aktivitet first,
// virkning last), level badges, figures in Danish notation, the support grade with its meaning,
// gaps marked, and the evidence of a row under it on demand. Filters, theme and the open view live
// in the URL; the rows shown export as CSV for Danish Excel and print on A4.
import { ApiError } from './api';
import { byId, h } from './dom';
import { download } from './download';
import type { Basis } from './model';
import { RESULT_LEVELS, CHAIN_GAPS, loadResultsChain, type ChainGap, type ResultLevel } from './results-chain';
import { outlineCsv } from './results-csv';
import {
  NO_FILTERS,
  buildOutline,
  countResults,
  describeFilters,
  evidenceGroups,
  filterOutline,
  isInitiativeGap,
  levelCounts,
  type EvidenceGroup,
  type Outline,
  type OutlineFilters,
  type OutlineInitiative,
  type OutlineResult,
} from './results-rows';
import { GAP_TEXT, KIND_TEXT, LEVEL_TEXT, RESULTS_TEXT as T, SUPPORT_GRADE_TEXT, SUPPORT_SOURCE_TEXT } from './results-text';
import { decodeOutlineQuery, encodeOutlineQuery, isOutlineQuery } from './results-url';

export interface OutlineHooks {
  /** Draw the same theme's chain as a graph (the explorer's top-down trace). */
  showGraph(themeId: string): void;
  /** The outline has closed: the explorer takes the URL back. */
  closed(): void;
}

type Theme = { id: string; label: string };

const COLUMNS = [T.columnLevel, T.columnResult, T.columnFigure, T.columnSupport, T.columnGaps];

const basisWord = (basis: Basis) => (basis === 'STATED' ? T.stated : T.inferred);
const slug = (id: string) => id.replace(/^[a-z]+:/, '');

export class ResultsOutline {
  private theme: Theme | null = null;
  private filters: OutlineFilters = { ...NO_FILTERS, levels: [] };
  private outline: Outline | null = null;
  private readonly cache = new Map<string, Outline>();
  private readonly host = byId('results-outline');
  private readonly body = h('div', { class: 'ro-body', id: 'ro-body' });
  private readonly title = h('h2', { id: 'ro-title', tabindex: '-1' }, T.viewTitle);
  private readonly path = h('p', { class: 'ro-path' });
  private readonly counts = h('p', { class: 'ro-counts', role: 'status', id: 'ro-counts' });
  private readonly filterSummary = h('p', { class: 'ro-filter-summary' });
  private readonly themeSelect: HTMLSelectElement;
  private readonly levelBoxes = new Map<ResultLevel, { input: HTMLInputElement; count: HTMLElement }>();
  private readonly supportSelect: HTMLSelectElement;
  private readonly basisSelect: HTMLSelectElement;
  private readonly gapSelect: HTMLSelectElement;
  private opener: HTMLElement | null = null;
  private loading = 0;

  constructor(
    private readonly themes: readonly Theme[],
    private readonly hooks: OutlineHooks,
  ) {
    this.themeSelect = h('select', { id: 'ro-theme', onchange: () => this.open(this.themeSelect.value) }, ...themes.map((t) => h('option', { value: t.id }, t.label)));
    this.supportSelect = select('ro-support', [['', T.supportAny], ...[1, 2, 3, 4].map((g): [string, string] => [String(g), `${g} · ${SUPPORT_GRADE_TEXT[g]}`])]);
    this.basisSelect = select('ro-basis', [['', T.basisAny], ['STATED', T.basisStated], ['INFERRED', T.basisInferred]]);
    this.gapSelect = select('ro-gap', [['', T.gapAny], ...CHAIN_GAPS.map((gap): [string, string] => [gap, GAP_TEXT[gap].name])]);
    this.buildFrame();
    this.addOpenButton();
  }

  /** Opens the outline when the URL's query is the outline's and says true; otherwise closes it and says false. */
  restore(query: string): boolean {
    if (!isOutlineQuery(query)) {
      if (!this.host.hidden) this.hide();
      return false;
    }
    const { state, problems } = decodeOutlineQuery(query);
    const theme = this.themes.find((t) => t.id === state.theme || slug(t.id) === state.theme) ?? null;
    if (state.theme && !theme) problems.push(T.unknownTheme(state.theme));
    this.filters = state.filters;
    this.show((theme ?? this.themes[0]).id, problems);
    return true;
  }

  open(themeId: string): void {
    this.show(themeId, []);
  }

  close(): void {
    this.hide();
    this.leaveUrl();
    this.hooks.closed();
    (this.opener ?? byId('view-trace')).focus();
  }

  // ---- showing ----

  private show(themeId: string, problems: string[]): void {
    const wasHidden = this.host.hidden;
    this.theme = this.themes.find((t) => t.id === themeId) ?? this.themes[0];
    this.host.hidden = false;
    document.body.dataset.outline = 'open';
    this.themeSelect.value = this.theme.id;
    this.setFilterControls();
    this.writeUrl();
    if (wasHidden) this.title.focus();
    this.host.querySelector('.ro-problems')?.remove();
    if (problems.length > 0) this.title.after(h('p', { class: 'ro-problems', role: 'alert' }, T.linkProblems(problems)));
    void this.load(this.theme);
  }

  private hide(): void {
    this.host.hidden = true;
    delete document.body.dataset.outline;
  }

  private async load(theme: Theme): Promise<void> {
    const ticket = ++this.loading;
    const cached = this.cache.get(theme.id);
    if (cached) return this.ready(cached);
    this.host.dataset.state = 'loading';
    this.body.replaceChildren(h('p', { class: 'hint' }, T.loading));
    try {
      const outline = buildOutline(await loadResultsChain(theme.id));
      if (!outline) throw new ApiError(T.noChain(theme.label), 'EMPTY');
      this.cache.set(theme.id, outline);
      if (ticket === this.loading) this.ready(outline);
    } catch (error) {
      if (ticket !== this.loading) return;
      this.host.dataset.state = 'failed';
      // the API says when trying again may help (a busy database); offer it rather than a dead end
      this.body.replaceChildren(
        h('p', { class: 'ro-problems', role: 'alert' }, `${T.loadFailed}: ${error instanceof Error ? error.message : String(error)}`),
        h('button', { type: 'button', id: 'ro-retry', onclick: () => void this.load(theme) }, T.retry),
      );
    }
  }

  private ready(outline: Outline): void {
    this.outline = outline;
    const total = countResults(outline.initiatives);
    this.title.replaceChildren(`${T.viewTitle}: `, h('span', {}, outline.theme.label));
    this.path.textContent = `${outline.strategy.label} → ${outline.theme.label} · ${T.summary(outline.initiatives.length, total)}`;
    const perLevel = levelCounts(outline);
    for (const [level, box] of this.levelBoxes) box.count.textContent = `(${perLevel.get(level) ?? 0})`;
    this.render();
    this.host.dataset.state = 'ready';
  }

  /** Redraws the rows the filters let through. */
  private render(): void {
    const outline = this.outline;
    if (!outline) return;
    const shown = filterOutline(outline, this.filters);
    const results = countResults(shown);
    this.counts.textContent = T.showing(shown.length, results, outline.initiatives.length, countResults(outline.initiatives));
    this.filterSummary.textContent = describeFilters(this.filters);
    this.host.dataset.initiatives = String(shown.length);
    this.host.dataset.results = String(results);
    if (shown.length === 0) {
      this.body.replaceChildren(h('p', { class: 'hint' }, T.noMatches));
      return;
    }
    this.body.replaceChildren(
      h(
        'table',
        { class: 'ro-table', id: 'ro-table' },
        h('caption', { class: 'visually-hidden' }, `${T.viewTitle}: ${outline.theme.label}`),
        h('colgroup', {}, ...COLUMNS.map((_, i) => h('col', { class: `ro-col-${i}` }))),
        h('thead', {}, h('tr', {}, ...COLUMNS.map((name) => h('th', { scope: 'col' }, name)))),
        ...shown.map((initiative) => initiativeGroup(initiative)),
      ),
    );
  }

  // ---- the frame: title, actions, filters, legend ----

  private buildFrame(): void {
    const button = (id: string, text: string, onclick: () => void, title?: string) => h('button', { type: 'button', id, onclick, title }, text);
    const levels = h(
      'fieldset',
      { class: 'ro-levels' },
      h('legend', {}, T.levelLegend),
      ...RESULT_LEVELS.map((level) => {
        const input = h('input', { type: 'checkbox', value: level, 'data-level': level, onchange: () => this.readFilters() });
        const count = h('span', { class: 'ro-count' });
        this.levelBoxes.set(level, { input, count });
        return h('label', { class: 'ro-check', title: LEVEL_TEXT[level].meaning }, input, levelBadge(level, null), count);
      }),
    );
    for (const control of [this.supportSelect, this.basisSelect, this.gapSelect]) control.addEventListener('change', () => this.readFilters());
    const filters = h(
      'form',
      { class: 'ro-filters', 'aria-label': T.filtersTitle, onsubmit: (event: Event) => event.preventDefault() },
      levels,
      h('label', {}, T.supportLabel, this.supportSelect),
      h('label', {}, T.basisLabel, this.basisSelect),
      h('label', {}, T.gapLabel, this.gapSelect),
      button('ro-reset', T.resetFilters, () => {
        this.filters = { ...NO_FILTERS, levels: [] };
        this.setFilterControls();
        this.changed();
      }),
    );
    const actions = h(
      'div',
      { class: 'ro-actions' },
      h('label', {}, T.themeLabel, ' ', this.themeSelect),
      button('ro-graph', T.graphButton, () => {
        const theme = this.theme;
        if (!theme) return;
        this.hide();
        this.leaveUrl();
        this.hooks.showGraph(theme.id);
      }),
      button('ro-export', T.exportCsv, () => this.exportCsv(), T.exportCsvTitle),
      button('ro-print', T.print, () => window.print(), T.printTitle),
      button('ro-close', T.close, () => this.close()),
    );
    this.host.replaceChildren(
      h('div', { class: 'ro-head' }, h('div', { class: 'ro-titlebar' }, this.title, actions), this.path, filters, this.counts, this.filterSummary, legend()),
      this.body,
    );
  }

  /** The "Vis som oversigt" button beside the graph's "Show chain", on the same theme choice. */
  private addOpenButton(): void {
    const form = document.getElementById('view-trace');
    if (!form) return;
    const button = h('button', { type: 'button', id: 'view-results' }, T.openButton);
    button.addEventListener('click', () => {
      this.opener = button;
      this.open(byId<HTMLSelectElement>('trace-theme').value || this.themes[0].id);
    });
    form.append(' ', button);
  }

  private setFilterControls(): void {
    for (const [level, box] of this.levelBoxes) box.input.checked = this.filters.levels.includes(level);
    this.supportSelect.value = this.filters.minSupport === null ? '' : String(this.filters.minSupport);
    this.basisSelect.value = this.filters.basis ?? '';
    this.gapSelect.value = this.filters.gap ?? '';
  }

  private readFilters(): void {
    this.filters = {
      levels: RESULT_LEVELS.filter((level) => this.levelBoxes.get(level)!.input.checked),
      minSupport: this.supportSelect.value === '' ? null : Number(this.supportSelect.value),
      basis: (this.basisSelect.value || null) as Basis | null,
      gap: (this.gapSelect.value || null) as ChainGap | null,
    };
    this.changed();
  }

  private changed(): void {
    this.writeUrl();
    this.render();
  }

  private writeUrl(): void {
    history.replaceState(null, '', `${location.pathname}?${encodeOutlineQuery({ theme: this.theme?.id ?? null, filters: this.filters })}`);
  }

  /** Hands the URL back to the graph: its own query and hash are written by the explorer. */
  private leaveUrl(): void {
    history.replaceState(null, '', location.pathname);
  }

  private exportCsv(): void {
    if (!this.outline || !this.theme) return;
    const csv = outlineCsv(this.outline.theme.label, filterOutline(this.outline, this.filters));
    download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), T.csvFile(slug(this.theme.id)));
  }
}

// ---- rows (module functions: they need nothing of the view's state) ----

function select(id: string, options: [string, string][]): HTMLSelectElement {
  return h('select', { id }, ...options.map(([value, text]) => h('option', { value }, text)));
}

/** A level badge; an inferred level says so in words and with a dashed frame, never looking stated. */
function levelBadge(level: ResultLevel | null, basis: Basis | null): HTMLElement {
  if (level === null) return h('span', { class: 'ro-level ro-level-none' }, T.unclassified);
  const inferred = basis === 'INFERRED';
  return h(
    'span',
    { class: `ro-level ro-level-${level}${inferred ? ' ro-inferred' : ''}`, title: `${LEVEL_TEXT[level].name}: ${LEVEL_TEXT[level].meaning}` },
    LEVEL_TEXT[level].name,
  );
}

function basisMark(basis: Basis): HTMLElement {
  return h('span', { class: `ro-basis ro-basis-${basis}` }, basisWord(basis));
}

/** The number in bold, its unit and year plain: "1.076 virksomheder (2025)", "2,9 mia. kr (2023)". */
function figureCell(figure: string): HTMLElement {
  const match = /^\S+( mi[oa]\.)?/.exec(figure);
  const cut = match ? match[0].length : -1;
  return cut < 0 || cut === figure.length ? h('strong', {}, figure) : h('span', {}, h('strong', {}, figure.slice(0, cut)), figure.slice(cut));
}

function gapChip(gap: ChainGap): HTMLElement {
  return h('span', { class: `ro-gap ro-gap-${gap}`, title: GAP_TEXT[gap].meaning, 'data-gap': gap }, GAP_TEXT[gap].name);
}

let disclosureId = 0;

/** A button that opens and closes a block of evidence, built on first opening. */
function disclosure(button: HTMLButtonElement, target: HTMLElement, fill: () => Node[]): void {
  const id = `ro-evidence-${++disclosureId}`;
  target.id = id;
  target.hidden = true;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', id);
  button.addEventListener('click', () => {
    const open = target.hidden;
    if (open && !target.dataset.filled) {
      (target.querySelector('.ro-evidence') ?? target).replaceChildren(...fill());
      target.dataset.filled = 'true';
    }
    target.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  });
}

function evidenceGroup(group: EvidenceGroup): HTMLElement {
  return h(
    'div',
    { class: 'ro-evidence-item' },
    h(
      'p',
      { class: 'ro-evidence-head' },
      ...group.entries.flatMap((entry, i) => [i > 0 ? ' · ' : null, h('strong', {}, entry.label), ' ', basisMark(entry.basis)]),
      group.page !== null ? ` · ${T.pageLong} ${group.page}` : null,
    ),
    h('blockquote', {}, `“${group.quote}”`),
    ...group.entries
      .filter((entry) => entry.rationale)
      .map((entry) => h('p', { class: 'ro-why' }, `${T.why} (${entry.label.toLowerCase()}): ${entry.rationale}`)),
  );
}

function initiativeGroup(initiative: OutlineInitiative): HTMLElement {
  const linkEvidence = h('div', { class: 'ro-evidence ro-link-evidence' });
  const linkButton = h(
    'button',
    { type: 'button', class: `ro-link ro-link-${initiative.themeLink.basis}` },
    `${T.themeLink}: ${basisWord(initiative.themeLink.basis)}`,
  );
  disclosure(linkButton, linkEvidence, () => evidenceGroups([{ label: T.themeLink, ...initiative.themeLink }]).map(evidenceGroup));
  // an inferred theme link is said by the link's own (dashed) button; only "no result" needs a chip
  const ownGaps = initiative.gaps.filter((gap) => gap === 'NO_RESULT');
  const head = h(
    'tr',
    { class: 'ro-initiative' },
    h(
      'th',
      { colspan: COLUMNS.length, scope: 'rowgroup' },
      h('h3', {}, h('span', { class: 'ro-number' }, `${initiative.number}.`), ' ', initiative.title, ' ', h('span', { class: 'ro-page' }, `${T.page} ${initiative.page}`)),
      h('div', { class: 'ro-meta' }, linkButton, ...ownGaps.map(gapChip)),
      linkEvidence,
    ),
  );
  return h('tbody', { 'data-initiative': initiative.id }, head, ...initiative.results.flatMap((result) => resultRows(result)));
}

function resultRows(result: OutlineResult): HTMLElement[] {
  const details = [
    result.indicator ? `${T.indicator}: ${result.indicator}` : null,
    result.kind ? KIND_TEXT[result.kind] : null,
    result.period,
    result.baseline ? `${T.baselineShort} ${result.baseline}` : null,
    result.target ? `${T.targetShort} ${result.target}` : null,
  ].filter((part): part is string => part !== null);
  const button = h('button', { type: 'button', class: 'ro-result-text' }, result.text);
  const evidenceRow = h('tr', { class: 'ro-evidence-row' }, h('td', { colspan: COLUMNS.length }, h('div', { class: 'ro-evidence' })));
  disclosure(button, evidenceRow, () => [
    ...evidenceGroups(result.evidence).map(evidenceGroup),
    h(
      'p',
      { class: 'ro-weakest' },
      h('strong', {}, `${T.weakestLink}: `),
      basisMark(result.weakest.basis),
      result.weakest.support !== null ? ` · ${T.supportGrade} ${result.weakest.support} (${SUPPORT_GRADE_TEXT[result.weakest.support] ?? ''})` : null,
      result.iatiType ? ` · ${T.iatiType}: ${result.iatiType.toLowerCase()}` : null,
    ),
  ]);
  const support = result.support;
  const row = h(
    'tr',
    { class: 'ro-result', 'data-result': result.id, 'data-level': result.level ?? '' },
    h('td', { class: 'ro-cell-level' }, levelBadge(result.level, result.levelBasis), result.levelBasis === 'INFERRED' ? basisMark('INFERRED') : null),
    h('td', { class: 'ro-cell-text' }, button, details.length > 0 ? h('span', { class: 'ro-details' }, details.join(' · ')) : null),
    h('td', { class: 'ro-cell-figure' }, result.figure ? figureCell(result.figure) : h('span', { class: 'ro-none' }, h('span', { 'aria-hidden': 'true' }, '–'), h('span', { class: 'visually-hidden' }, T.noFigure))),
    h(
      'td',
      { class: 'ro-cell-support', 'data-label': T.columnSupport },
      support
        ? h(
            'span',
            { class: 'ro-support' },
            h('span', { class: `ro-grade ro-grade-${support.grade}`, title: SUPPORT_SOURCE_TEXT[support.source] }, String(support.grade)),
            ' ',
            h('span', { class: 'ro-grade-text' }, SUPPORT_GRADE_TEXT[support.grade] ?? SUPPORT_SOURCE_TEXT[support.source]),
            support.by ? h('span', { class: 'ro-by' }, `${T.by} ${support.by}`) : null,
            support.basis === 'INFERRED' ? h('span', { class: 'ro-by' }, basisMark('INFERRED')) : null,
          )
        : h('span', { class: 'ro-none' }, T.noSupport),
    ),
    h('td', { class: 'ro-cell-gaps' }, ...result.gaps.filter((gap) => !isInitiativeGap(gap)).map(gapChip)),
  );
  return [row, evidenceRow];
}

function legend(): HTMLElement {
  return h(
    'details',
    { class: 'ro-legend' },
    h('summary', {}, T.legendTitle),
    h('p', {}, T.legendInferred),
    h('p', {}, T.legendBasis),
    h('p', {}, T.legendEvidence),
    h(
      'dl',
      {},
      ...RESULT_LEVELS.flatMap((level) => [h('dt', {}, levelBadge(level, null)), h('dd', {}, LEVEL_TEXT[level].meaning)]),
      ...[0, 1, 2, 3, 4].flatMap((grade) => [h('dt', {}, h('span', { class: `ro-grade ro-grade-${grade}` }, String(grade))), h('dd', {}, `${T.supportGrade}: ${SUPPORT_GRADE_TEXT[grade]}`)]),
      ...CHAIN_GAPS.flatMap((gap) => [h('dt', {}, gapChip(gap)), h('dd', {}, GAP_TEXT[gap].meaning)]),
    ),
  );
}
