// The view in the URL's query string, so that a link shows the same graph: which nodes, what is
// selected, filters, years, layout, language and an open ready view. The query, not the hash: the
// hash belongs to in-page anchors (the skip link's #list-view), which must never read as a view.
// Both layouts are deterministic and independent of the window's size, so a fresh layout needs no
// positions; a view the user arranged carries them in `pos` (view-positions.ts).
import { pick, type Lang } from './i18n';
import { isKind } from './kinds';
import type { Kind } from './model';

export type LayoutName = 'force' | 'topdown';

export interface UrlState {
  nodes: string[];
  selected: string | null;
  hiddenKinds: Kind[];
  theme: string | null;
  years: [number, number] | null;
  layout: LayoutName;
  /** The two ends of a highlighted shortest connection. */
  path: [string, string] | null;
  view: 'coverage' | 'timeline' | null;
  lang: Lang;
  /** Only links stated in the report are shown. */
  statedOnly: boolean;
  /**
   * A big view told by how it was made, to keep its link short: a theme's chain (strategy →
   * theme → initiatives → results), plus `nodes` added to it and `drop` taken from it.
   */
  chain: string | null;
  drop: string[];
  town: string | null;
  committee: string | null;
  /** The arranged picture (view-positions.ts), one entry per node in the order the link rebuilds them; null: lay out afresh. */
  pos: string | null;
}

export const EMPTY_STATE: UrlState = {
  nodes: [],
  selected: null,
  hiddenKinds: [],
  theme: null,
  years: null,
  layout: 'force',
  path: null,
  view: null,
  lang: 'da',
  statedOnly: false,
  chain: null,
  drop: [],
  town: null,
  committee: null,
  pos: null,
};

// Each value is a comma-separated list of URI-encoded items, so ids may hold any character;
// ":" may stand as it is in a fragment, which keeps ids like town:grindsted readable.
const list = (items: readonly string[]) => items.map((item) => encodeURIComponent(item).replace(/%3A/gi, ':')).join(',');

/** The query for a state (without "?"); defaults are left out to keep links short. */
export function encodeState(state: UrlState): string {
  const parts: string[] = [];
  if (state.chain) parts.push(`chain=${list([state.chain])}`);
  if (state.nodes.length > 0) parts.push(`nodes=${list(state.nodes)}`);
  if (state.drop.length > 0) parts.push(`drop=${list(state.drop)}`);
  if (state.selected) parts.push(`selected=${list([state.selected])}`);
  if (state.hiddenKinds.length > 0) parts.push(`hide=${list(state.hiddenKinds)}`);
  if (state.theme) parts.push(`theme=${list([state.theme])}`);
  if (state.town) parts.push(`town=${list([state.town])}`);
  if (state.committee) parts.push(`committee=${list([state.committee])}`);
  if (state.years) parts.push(`years=${state.years[0]}-${state.years[1]}`);
  if (state.layout !== 'force') parts.push(`layout=${state.layout}`);
  if (state.path) parts.push(`path=${list(state.path)}`);
  if (state.view) parts.push(`view=${state.view}`);
  if (state.statedOnly) parts.push('links=stated');
  if (state.lang !== 'da') parts.push(`lang=${state.lang}`);
  // last: the longest part, and the least a person reads
  if (state.pos) parts.push(`pos=${list([state.pos])}`);
  return parts.join('&');
}

/**
 * Whether a hash holds a view (an old link, from before the view moved to the query) rather than
 * an in-page anchor such as #list-view.
 */
export function isStateHash(hash: string): boolean {
  return /^#?[a-z]+=/.test(hash);
}

/** Reads a query (or an old link's hash) back; what cannot be read is left at its default and named in `problems`. */
export function decodeState(hash: string): { state: UrlState; problems: string[] } {
  const state: UrlState = { ...EMPTY_STATE, nodes: [], hiddenKinds: [], drop: [] };
  const problems: string[] = [];
  const text = hash.replace(/^[#?]/, '');
  if (text === '') return { state, problems };
  for (const part of text.split('&')) {
    const cut = part.indexOf('=');
    const key = cut < 0 ? part : part.slice(0, cut);
    let items: string[];
    try {
      items = cut < 0 ? [] : part.slice(cut + 1).split(',').filter((item) => item !== '').map(decodeURIComponent);
    } catch {
      problems.push(pick(`»${key}« i linket kan ikke læses`, `"${key}" in the link is not readable`));
      continue;
    }
    switch (key) {
      case 'nodes':
        state.nodes = [...new Set(items)];
        break;
      case 'chain':
        state.chain = items[0] ?? null;
        break;
      case 'drop':
        state.drop = [...new Set(items)];
        break;
      case 'selected':
        state.selected = items[0] ?? null;
        break;
      case 'hide': {
        const bad = items.filter((item) => !isKind(item));
        if (bad.length > 0) problems.push(pick(`ukendte typer i linket: ${bad.join(', ')}`, `unknown types in the link: ${bad.join(', ')}`));
        state.hiddenKinds = items.filter(isKind);
        break;
      }
      case 'theme':
        state.theme = items[0] ?? null;
        break;
      case 'town':
        state.town = items[0] ?? null;
        break;
      case 'committee':
        state.committee = items[0] ?? null;
        break;
      case 'years': {
        const match = /^(\d{4})-(\d{4})$/.exec(items[0] ?? '');
        if (match && Number(match[1]) <= Number(match[2])) state.years = [Number(match[1]), Number(match[2])];
        else problems.push(pick(`»years« i linket skal se ud som 2022-2025, men er »${items[0] ?? ''}«`, `"years" in the link must look like 2022-2025, got "${items[0] ?? ''}"`));
        break;
      }
      case 'layout':
        if (items[0] === 'force' || items[0] === 'topdown') state.layout = items[0];
        else problems.push(pick(`»layout« i linket skal være force eller topdown, men er »${items[0] ?? ''}«`, `"layout" in the link must be force or topdown, got "${items[0] ?? ''}"`));
        break;
      case 'path':
        if (items.length === 2 && items[0] !== items[1]) state.path = [items[0], items[1]];
        else problems.push(pick('»path« i linket skal nævne to forskellige knuder', '"path" in the link must name two different nodes'));
        break;
      case 'view':
        if (items[0] === 'coverage' || items[0] === 'timeline') state.view = items[0];
        else problems.push(pick(`ukendt visning i linket: »${items[0] ?? ''}«`, `unknown view in the link: "${items[0] ?? ''}"`));
        break;
      case 'links':
        if (items[0] === 'stated') state.statedOnly = true;
        else problems.push(pick(`»links« i linket kan kun være stated, men er »${items[0] ?? ''}«`, `"links" in the link can only be stated, got "${items[0] ?? ''}"`));
        break;
      case 'pos':
        state.pos = items[0] ?? null;
        break;
      case 'lang':
        if (items[0] === 'da' || items[0] === 'en') state.lang = items[0];
        else problems.push(pick(`sproget i linket skal være da eller en, men er »${items[0] ?? ''}«`, `the language in the link must be da or en, got "${items[0] ?? ''}"`));
        break;
      default:
        problems.push(pick(`ukendt del »${key}« i linket`, `unknown part "${key}" in the link`));
    }
  }
  return { state, problems };
}
