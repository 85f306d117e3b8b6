// The left column: legend with type filter, theme filter and the year range, built from the data.
import { append, byId, h, swatch } from './dom';
import { kindName, linkName, num, pick } from './i18n';
import { KINDS, KIND_STYLES } from './kinds';
import type { Kind } from './model';

export interface ControlEvents {
  kinds(hidden: Set<Kind>): void;
  theme(themeId: string | null): void;
  town(townId: string | null): void;
  committee(committeeId: string | null): void;
  years(range: [number, number] | null): void;
  statedOnly(on: boolean): void;
}

export class Controls {
  private readonly counts = new Map<Kind, HTMLElement>();
  private readonly boxes = new Map<Kind, HTMLInputElement>();
  private readonly from = byId<HTMLInputElement>('year-from');
  private readonly to = byId<HTMLInputElement>('year-to');
  private readonly theme = byId<HTMLSelectElement>('theme-filter');
  private readonly town = byId<HTMLSelectElement>('town-filter');
  private readonly committee = byId<HTMLSelectElement>('committee-filter');
  private readonly reset = byId<HTMLButtonElement>('year-reset');
  private readonly bounds: [number, number];
  /** The data's years, ascending: the sliders' steps. */
  private readonly years: number[];
  private readonly linkLegend: HTMLElement;
  private readonly stated: HTMLInputElement;

  constructor(
    years: number[],
    themes: { id: string; label: string }[],
    places: { towns: { id: string; label: string }[]; committees: { id: string; label: string }[] },
    events: ControlEvents,
  ) {
    const fieldset = byId('kind-filter');
    for (const kind of KINDS) {
      const style = KIND_STYLES[kind];
      const box = h('input', { type: 'checkbox', checked: true, 'data-kind': kind, onchange: () => events.kinds(this.hiddenKinds()) });
      const count = h('span', { class: 'count' });
      this.boxes.set(kind, box);
      this.counts.set(kind, count);
      fieldset.append(h('label', { class: 'kind-option' }, box, swatch(style.shape, style.color), kindName(kind, true), count));
    }
    this.linkLegend = byId('link-legend');
    this.stated = h('input', { type: 'checkbox', id: 'stated-only', onchange: () => events.statedOnly(this.stated.checked) });
    for (const theme of themes) {
      this.theme.append(h('option', { value: theme.id }, theme.label));
      byId('trace-theme').append(h('option', { value: theme.id }, theme.label));
    }
    this.theme.addEventListener('change', () => events.theme(this.theme.value || null));
    for (const town of places.towns) this.town.append(h('option', { value: town.id }, town.label));
    for (const committee of places.committees) this.committee.append(h('option', { value: committee.id }, committee.label));
    this.town.addEventListener('change', () => events.town(this.town.value || null));
    this.committee.addEventListener('change', () => events.committee(this.committee.value || null));
    this.reset.addEventListener('click', () => {
      this.setYears(null);
      events.years(null);
      this.from.focus();
    });
    // The sliders step over the years the data holds, not every calendar year: the report's years
    // run from a 1990 baseline to a 2050 goal, and most lie in 2020–2026, which would be a sliver.
    this.years = [...new Set(years)].sort((a, b) => a - b);
    this.bounds = [this.years[0], this.years[this.years.length - 1]];
    for (const input of [this.from, this.to]) {
      input.min = '0';
      input.max = String(this.years.length - 1);
    }
    this.setYears(null);
    const moved = (which: 'from' | 'to') => {
      // the two thumbs never cross: moving one past the other pushes it along
      if (Number(this.from.value) > Number(this.to.value)) (which === 'from' ? this.to : this.from).value = (which === 'from' ? this.from : this.to).value;
      this.showYears();
      events.years(this.yearRange());
    };
    this.from.addEventListener('input', () => moved('from'));
    this.to.addEventListener('input', () => moved('to'));
  }

  hiddenKinds(): Set<Kind> {
    return new Set(KINDS.filter((kind) => !this.boxes.get(kind)!.checked));
  }

  /** null when the whole range is chosen (nothing fades). */
  yearRange(): [number, number] | null {
    const range: [number, number] = [this.yearAt(this.from), this.yearAt(this.to)];
    return range[0] === this.bounds[0] && range[1] === this.bounds[1] ? null : range;
  }

  /** Sets the controls from a shared link; out-of-range years are clamped to the data's range. */
  set(hidden: readonly Kind[], theme: string | null, years: [number, number] | null, town: string | null = null, committee: string | null = null): void {
    for (const [kind, box] of this.boxes) box.checked = !hidden.includes(kind);
    const choose = (select: HTMLSelectElement, value: string | null) => (select.value = value && [...select.options].some((o) => o.value === value) ? value : '');
    choose(this.theme, theme);
    choose(this.town, town);
    choose(this.committee, committee);
    this.setYears(years);
  }

  showCounts(counts: ReadonlyMap<Kind, number>): void {
    for (const [kind, element] of this.counts) element.textContent = num(counts.get(kind) ?? 0);
  }

  /**
   * The link legend: stated (solid) and inferred (dashed) with their counts, the stated-only
   * filter, and the link types in the view with theirs, all counted over what the filters show.
   */
  showLinks(types: ReadonlyMap<string, number>, stated: number, inferred: number, statedOnly: boolean): void {
    this.stated.checked = statedOnly;
    this.linkLegend.replaceChildren();
    append(this.linkLegend, [
      h('legend', {}, pick('Forbindelser', 'Links')),
      h('p', { class: 'line-key' }, h('span', { class: 'line solid', 'aria-hidden': 'true' }), `${pick('står i rapporten', 'stated in the report')} `, h('span', { class: 'count', 'data-basis': 'STATED' }, num(stated))),
      h('p', { class: 'line-key' }, h('span', { class: 'line dashed', 'aria-hidden': 'true' }), `${pick('udledt af os', 'inferred by us')} `, h('span', { class: 'count', 'data-basis': 'INFERRED' }, num(inferred))),
      h('label', { class: 'kind-option' }, this.stated, pick('Kun forbindelser, der står i rapporten', 'Only links stated in the report')),
      types.size === 0
        ? null
        : h('ul', { class: 'link-types' }, ...[...types].sort((a, b) => b[1] - a[1]).map(([type, count]) => h('li', { 'data-type': type }, linkName(type), ' ', h('span', { class: 'count' }, num(count))))),
    ]);
  }

  private yearAt(input: HTMLInputElement): number {
    return this.years[Number(input.value)] ?? this.bounds[0];
  }

  /** A link's years may fall between the data's: the range keeps the data's years inside it. */
  private setYears(years: [number, number] | null): void {
    const last = this.years.length - 1;
    const from = years ? this.years.findIndex((year) => year >= years[0]) : 0;
    const to = years ? this.years.reduce((found, year, i) => (year <= years[1] ? i : found), -1) : last;
    this.from.value = String(from < 0 ? last : from);
    this.to.value = String(to < 0 ? 0 : Math.max(to, from < 0 ? last : from));
    this.showYears();
  }

  /** How many initiatives in the view have no year: they stay as they are whatever the range. */
  showUndated(count: number): void {
    byId('year-undated').textContent = count > 0 ? pick(`${num(count)} initiativer i visningen er uden år.`, `${num(count)} initiatives in the view have no year.`) : '';
  }

  private showYears(): void {
    this.reset.disabled = this.yearRange() === null;
    const [from, to] = [this.yearAt(this.from), this.yearAt(this.to)];
    // One year chosen reads "2050", not "2050–2050".
    byId('year-output').textContent = from === to ? String(from) : `${from}–${to}`;
    this.from.setAttribute('aria-valuetext', `${pick('fra', 'from')} ${from}`);
    this.to.setAttribute('aria-valuetext', `${pick('til', 'to')} ${to}`);
  }
}
