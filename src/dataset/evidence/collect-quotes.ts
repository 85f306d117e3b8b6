import type { Dataset } from '../dataset.types';

/** One `quote` somewhere in the dataset, with where it stands. */
export interface QuoteSite {
  file: string;
  /** Id of the entry (initiative, town, theme, …) that holds it. */
  entry: string;
  /** Path of the field inside the entry, e.g. "towns[0]", "results[2].indicator". */
  field: string;
  /** What the nearest list item is about (its id, year or text), to name it in a message. */
  label?: string;
  /** The kind of statement, the field path without indexes: "towns", "results.indicator". */
  kind: string;
  quote: string;
  /** The initiative whose example the quote must come from, when it belongs to one. */
  initiative?: string;
  /** The page the statement gives (its own or its initiative's). */
  page?: number;
}

/**
 * Every `quote` of the dataset, wherever it stands: the walk is generic, so that a field added to
 * the format later (a result's indicator, an initiative's uncaptured figures) is positioned without
 * a change here.
 */
export function collectQuotes(dataset: Dataset): QuoteSite[] {
  const sites: QuoteSite[] = [];
  type Base = Omit<QuoteSite, 'field' | 'kind' | 'quote' | 'label'>;
  const walk = (value: unknown, base: Base, field: string, kind: string, page?: number, label?: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, base, `${field}[${index}]`, kind, page, labelOf(item) ?? label));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const ownPage = typeof record.page === 'number' ? record.page : page;
    for (const [key, child] of Object.entries(record)) {
      if (key === 'quote' && typeof child === 'string') {
        sites.push({ ...base, field: field || 'quote', kind: kind || 'quote', quote: child, page: ownPage, ...(label ? { label } : {}) });
      } else if (child !== null && typeof child === 'object') {
        walk(child, base, field ? `${field}.${key}` : key, kind ? `${kind}.${key}` : key, ownPage, label);
      }
    }
  };
  const { file, entry: strategy } = dataset.strategy;
  walk(strategy.strategy, { file, entry: strategy.strategy.id }, '', 'strategy');
  for (const theme of strategy.themes) walk(theme, { file, entry: theme.id }, '', 'theme');
  for (const rec of strategy.recommendations) walk(rec, { file, entry: rec.id }, '', 'recommendation', rec.page);
  for (const { file: f, entry } of dataset.towns) walk(entry, { file: f, entry: entry.id }, '', 'town');
  for (const list of [dataset.organisations, dataset.units, dataset.committees]) {
    for (const { file: f, entry } of list) walk(entry, { file: f, entry: entry.id }, '', 'entity');
  }
  for (const { file: f, entry } of dataset.initiatives) {
    walk(entry, { file: f, entry: entry.id, initiative: entry.id }, '', '', entry.page);
  }
  return sites;
}

function labelOf(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  const { id, year, text } = item as Record<string, unknown>;
  const label = id ?? year ?? text;
  return label === undefined ? undefined : String(label);
}
