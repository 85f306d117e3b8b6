import type { NODE_KINDS } from './generated/node-kinds';
import type { Kind } from './model';

/** The NodeKind value of a kind, as generated from the service's vocabulary. */
type ApiKindOf<K extends Kind> = Extract<(typeof NODE_KINDS)[number], { type: K }>['apiKind'];

export interface KindStyle<K extends Kind = Kind> {
  /** Singular and plural, for the legend and "12 initiatives". */
  one: string;
  many: string;
  /** The API's NodeKind value, for `types:` arguments (checked against the generated vocabulary). */
  apiKind: ApiKindOf<K>;
  color: string;
  /** A cytoscape node shape; shapes differ too, so that colour is never the only cue. */
  shape: 'star' | 'hexagon' | 'vee' | 'round-rectangle' | 'round-octagon' | 'diamond' | 'ellipse' | 'rectangle' | 'triangle' | 'tag';
}

// Okabe–Ito colours (readable with the common colour-vision deficiencies), in chain order:
// strategy → theme → initiative → result first, then what initiatives link to.
// Typed per kind: a kind added to the vocabulary fails to compile here until it has a style.
export const KIND_STYLES: { [K in Kind]: KindStyle<K> } = {
  Strategy: { one: 'strategy', many: 'strategies', apiKind: 'STRATEGY', color: '#222222', shape: 'star' },
  Theme: { one: 'theme', many: 'themes', apiKind: 'THEME', color: '#E69F00', shape: 'hexagon' },
  Recommendation: { one: 'recommendation', many: 'recommendations', apiKind: 'RECOMMENDATION', color: '#CC79A7', shape: 'vee' },
  Initiative: { one: 'initiative', many: 'initiatives', apiKind: 'INITIATIVE', color: '#0072B2', shape: 'round-rectangle' },
  Result: { one: 'result', many: 'results', apiKind: 'RESULT', color: '#7B3294', shape: 'round-octagon' },
  // What a result measures (a MEASURES link from each result of the series).
  Indicator: { one: 'indicator', many: 'indicators', apiKind: 'INDICATOR', color: '#B07AA1', shape: 'round-rectangle' },
  Town: { one: 'town', many: 'towns', apiKind: 'TOWN', color: '#009E73', shape: 'diamond' },
  Partner: { one: 'organisation', many: 'organisations', apiKind: 'PARTNER', color: '#D55E00', shape: 'ellipse' },
  Unit: { one: 'municipal unit', many: 'municipal units', apiKind: 'UNIT', color: '#56B4E9', shape: 'rectangle' },
  Committee: { one: 'committee', many: 'committees', apiKind: 'COMMITTEE', color: '#C9B800', shape: 'triangle' },
  Year: { one: 'year', many: 'years', apiKind: 'YEAR', color: '#8C8C8C', shape: 'tag' },
};

export const KINDS = Object.keys(KIND_STYLES) as Kind[];

const KIND_OF_API = new Map<string, Kind>(KINDS.map((kind) => [KIND_STYLES[kind].apiKind, kind]));

export function kindOfApi(apiKind: string): Kind | undefined {
  return KIND_OF_API.get(apiKind);
}

export function isKind(value: string): value is Kind {
  return value in KIND_STYLES;
}

/** "1 initiative", "12 initiatives". */
export function countOf(kind: Kind, count: number): string {
  return `${count} ${count === 1 ? KIND_STYLES[kind].one : KIND_STYLES[kind].many}`;
}
