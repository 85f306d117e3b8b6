import type { NODE_KINDS } from './generated/node-kinds';
import type { Kind } from './model';

// Names of the kinds are in i18n.ts (kindName), in Danish and English.

/** The NodeKind value of a kind, as generated from the service's vocabulary. */
type ApiKindOf<K extends Kind> = Extract<(typeof NODE_KINDS)[number], { type: K }>['apiKind'];

export interface KindStyle<K extends Kind = Kind> {
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
  Strategy: { apiKind: 'STRATEGY', color: '#222222', shape: 'star' },
  Theme: { apiKind: 'THEME', color: '#E69F00', shape: 'hexagon' },
  Recommendation: { apiKind: 'RECOMMENDATION', color: '#CC79A7', shape: 'vee' },
  Initiative: { apiKind: 'INITIATIVE', color: '#0072B2', shape: 'round-rectangle' },
  Result: { apiKind: 'RESULT', color: '#7B3294', shape: 'round-octagon' },
  // What a result measures (a MEASURES link from each result of the series).
  Indicator: { apiKind: 'INDICATOR', color: '#B07AA1', shape: 'round-rectangle' },
  Town: { apiKind: 'TOWN', color: '#009E73', shape: 'diamond' },
  Partner: { apiKind: 'PARTNER', color: '#D55E00', shape: 'ellipse' },
  Unit: { apiKind: 'UNIT', color: '#56B4E9', shape: 'rectangle' },
  Committee: { apiKind: 'COMMITTEE', color: '#C9B800', shape: 'triangle' },
  Year: { apiKind: 'YEAR', color: '#8C8C8C', shape: 'tag' },
};

export const KINDS = Object.keys(KIND_STYLES) as Kind[];

const KIND_OF_API = new Map<string, Kind>(KINDS.map((kind) => [KIND_STYLES[kind].apiKind, kind]));

export function kindOfApi(apiKind: string): Kind | undefined {
  return KIND_OF_API.get(apiKind);
}

export function isKind(value: string): value is Kind {
  return value in KIND_STYLES;
}

/** A node's size on the canvas (and in a GEXF export): it grows with its number of links in the whole graph. */
export const sizeByLinks = (links: number): number => Math.round(Math.min(64, 16 + 5 * Math.sqrt(links)));
