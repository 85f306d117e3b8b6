// The outline's state in the URL's query, so that a link opens the same theme with the same filters:
// ?view=results&theme=theme:rettidig-velfaerd&level=resultat,virkning&support=3&basis=stated&gap=no-figure
// The query, not the hash, which belongs to in-page anchors. Kept apart from url-state.ts (the
// graph's state): while the outline is open it owns the query, and the two share no part but `view`.
import { CHAIN_GAPS, RESULT_LEVELS, type ChainGap, type ResultLevel } from './results-chain';
import { NO_FILTERS, type OutlineFilters } from './results-rows';
import { RESULTS_TEXT } from './results-text';

export interface OutlineState {
  theme: string | null;
  filters: OutlineFilters;
}

const VIEW = 'view=results';

/** Whether a query (with or without its "?") describes the outline. */
export const isOutlineQuery = (query: string): boolean => query.replace(/^[?#]/, '').split('&').includes(VIEW);

const gapWord = (gap: ChainGap) => gap.toLowerCase().replace(/_/g, '-');
const levelWord = (level: ResultLevel) => level.toLowerCase();
const item = (text: string) => encodeURIComponent(text).replace(/%3A/gi, ':');

/** The query (without "?"); filters at their defaults are left out. */
export function encodeOutlineQuery(state: OutlineState): string {
  const parts = [VIEW];
  if (state.theme) parts.push(`theme=${item(state.theme)}`);
  const { levels, minSupport, basis, gap } = state.filters;
  if (levels.length > 0) parts.push(`level=${RESULT_LEVELS.filter((level) => levels.includes(level)).map(levelWord).join(',')}`);
  if (minSupport !== null) parts.push(`support=${minSupport}`);
  if (basis) parts.push(`basis=${basis.toLowerCase()}`);
  if (gap) parts.push(`gap=${gapWord(gap)}`);
  return parts.join('&');
}

/** Reads a query back; what cannot be read stays at its default and is named in `problems` (in Danish). */
export function decodeOutlineQuery(query: string): { state: OutlineState; problems: string[] } {
  const filters: OutlineFilters = { ...NO_FILTERS, levels: [] };
  const state: OutlineState = { theme: null, filters };
  const problems: string[] = [];
  for (const part of query.replace(/^[?#]/, '').split('&')) {
    if (part === '' || part === VIEW) continue;
    const cut = part.indexOf('=');
    const key = cut < 0 ? part : part.slice(0, cut);
    let value: string;
    try {
      value = cut < 0 ? '' : decodeURIComponent(part.slice(cut + 1));
    } catch {
      problems.push(RESULTS_TEXT.unknownPart(key));
      continue;
    }
    switch (key) {
      case 'theme':
        state.theme = value || null;
        break;
      case 'level':
        for (const word of value.split(',').filter((w) => w !== '')) {
          const level = RESULT_LEVELS.find((candidate) => levelWord(candidate) === word);
          if (!level) problems.push(RESULTS_TEXT.badLevel(word));
          else if (!filters.levels.includes(level)) filters.levels.push(level);
        }
        break;
      case 'support':
        if (/^[0-4]$/.test(value)) filters.minSupport = Number(value);
        else problems.push(RESULTS_TEXT.badSupport(value));
        break;
      case 'basis':
        if (value === 'stated' || value === 'inferred') filters.basis = value === 'stated' ? 'STATED' : 'INFERRED';
        else problems.push(RESULTS_TEXT.badBasis(value));
        break;
      case 'gap': {
        const gap = CHAIN_GAPS.find((candidate) => gapWord(candidate) === value);
        if (gap) filters.gap = gap;
        else problems.push(RESULTS_TEXT.badGap(value));
        break;
      }
      default:
        problems.push(RESULTS_TEXT.unknownPart(key));
    }
  }
  filters.levels.sort((a, b) => RESULT_LEVELS.indexOf(a) - RESULT_LEVELS.indexOf(b));
  return { state, problems };
}
