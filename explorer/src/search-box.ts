// The search field: names ranked by how they begin (search-rank.ts) and the API's Danish full text.
// Each hit offers "Tilføj" (into the current graph, keeping what is drawn and a chosen path end)
// and "Ny visning" (start again from it). The list closes on Escape or a click elsewhere.
import { byId, h } from './dom';
import { kindName, pick } from './i18n';
import { search } from './queries';
import { rankHits, type NamedNode, type RankedHit } from './search-rank';

const DEBOUNCE_MS = 250;

export type SearchChoice = 'add' | 'new';

export class SearchBox {
  private readonly form = byId('search-form');
  private readonly input = byId<HTMLInputElement>('search-input');
  private readonly results = byId<HTMLOListElement>('search-results');
  private timer: ReturnType<typeof setTimeout> | undefined;
  private asked = 0;

  constructor(
    private readonly names: readonly NamedNode[],
    /** Whether anything is drawn: then "Tilføj" is the first choice of a hit. */
    private readonly graphHasNodes: () => boolean,
    private readonly choose: (hit: RankedHit, how: SearchChoice) => void,
    private readonly fail: (error: unknown) => void,
  ) {
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.find(true);
    });
    this.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.find(false), DEBOUNCE_MS);
    });
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        this.results.querySelector('button')?.focus();
      }
      if (event.key === 'Escape') this.close();
    });
    this.results.addEventListener('keydown', (event) => {
      const buttons = [...this.results.querySelectorAll('button')];
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const next = at + (event.key === 'ArrowDown' ? 1 : -1);
        if (next < 0) this.input.focus();
        else buttons[Math.min(next, buttons.length - 1)]?.focus();
      }
      if (event.key === 'Escape') {
        this.close();
        this.input.focus();
      }
    });
    // a click anywhere outside the field and its list closes the list
    document.addEventListener('pointerdown', (event) => {
      if (!this.results.hidden && !this.form.contains(event.target as Node)) this.close();
    });
  }

  focus(): void {
    this.input.focus();
    this.input.select();
  }

  close(): void {
    this.results.hidden = true;
  }

  /** `submitted`: Enter or the button; typing waits for two characters. */
  private async find(submitted: boolean): Promise<void> {
    clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (text.length < (submitted ? 1 : 2)) {
      this.close();
      return;
    }
    const asked = ++this.asked;
    this.results.setAttribute('aria-busy', 'true');
    let fullText: RankedHit[];
    try {
      fullText = await search(text);
    } catch (error) {
      if (asked === this.asked) this.fail(error);
      return;
    } finally {
      this.results.removeAttribute('aria-busy');
    }
    if (asked !== this.asked) return; // a later search overtook this one
    this.show(text, rankHits(text, this.names, fullText));
  }

  private show(text: string, hits: RankedHit[]): void {
    const adding = this.graphHasNodes();
    const pickHit = (hit: RankedHit, how: SearchChoice) => {
      this.close();
      this.choose(hit, how);
    };
    this.results.replaceChildren(
      ...(hits.length === 0
        ? [h('li', { class: 'hint' }, pick(`Intet passer på »${text}«.`, `Nothing matches “${text}”.`))]
        : hits.map((hit) =>
            h(
              'li',
              { class: 'search-hit' },
              h(
                'button',
                { type: 'button', class: 'hit-main', 'data-id': hit.id, onclick: () => pickHit(hit, adding ? 'add' : 'new'),
                  title: adding ? pick('Tilføj til den viste graf', 'Add to the graph shown') : pick('Vis med sine naboer', 'Show with its neighbours') },
                hit.label,
                h('span', { class: 'kind' }, kindName(hit.kind)),
                hit.field === 'title' || hit.field === 'name' ? null : h('span', { class: 'snippet' }, hit.snippet),
              ),
              adding
                ? h(
                    'span',
                    { class: 'hit-actions' },
                    h('button', { type: 'button', class: 'hit-add', 'data-id': hit.id, onclick: () => pickHit(hit, 'add') }, pick('Tilføj', 'Add')),
                    h('button', { type: 'button', class: 'hit-new', 'data-id': hit.id, onclick: () => pickHit(hit, 'new') }, pick('Ny visning', 'New view')),
                  )
                : null,
            ),
          )),
    );
    this.results.hidden = false;
  }
}
