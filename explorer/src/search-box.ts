// The search field: Danish full text through the API's `search`, results as a list of buttons.
import { byId, h } from './dom';
import { KIND_STYLES } from './kinds';
import { search, type SearchHit } from './queries';

const DEBOUNCE_MS = 300;

export class SearchBox {
  private readonly input = byId<HTMLInputElement>('search-input');
  private readonly results = byId<HTMLOListElement>('search-results');
  private timer: ReturnType<typeof setTimeout> | undefined;
  private asked = 0;

  constructor(
    private readonly choose: (hit: SearchHit) => void,
    private readonly fail: (error: unknown) => void,
  ) {
    byId('search-form').addEventListener('submit', (event) => {
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
    let hits: SearchHit[];
    try {
      hits = await search(text);
    } catch (error) {
      if (asked === this.asked) this.fail(error);
      return;
    } finally {
      this.results.removeAttribute('aria-busy');
    }
    if (asked !== this.asked) return; // a later search overtook this one
    this.results.replaceChildren(
      ...(hits.length === 0
        ? [h('li', { class: 'hint' }, `Nothing matches “${text}”.`)]
        : hits.map((hit) =>
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', 'data-id': hit.id, onclick: () => { this.close(); this.choose(hit); } },
                hit.label,
                h('span', { class: 'kind' }, KIND_STYLES[hit.kind].one),
                hit.field === 'title' || hit.field === 'name' ? null : h('span', { class: 'snippet' }, `${hit.field}: ${hit.snippet}`),
              ),
            ),
          )),
    );
    this.results.hidden = false;
  }
}
