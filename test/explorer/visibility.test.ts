import type { GraphEdge, GraphNode, InitiativeFacts, Kind } from '../../explorer/src/model';
import { visibility, type Filters } from '../../explorer/src/visibility';

// A small drawn graph: two initiatives in one town, each with a result, a year and a theme.
//   a (2022, theme s) — town t, partner p, result ra (2022), year y22
//   b (2024, theme r) — town t, result rb (no year)
//   u (undated, theme s)
const node = (id: string, kind: Kind, year: number | null = null): GraphNode => ({ id, kind, label: id, year });
const nodes = [
  node('a', 'Initiative'),
  node('b', 'Initiative'),
  node('u', 'Initiative'),
  node('t', 'Town'),
  node('p', 'Partner'),
  node('ra', 'Result', 2022),
  node('rb', 'Result'),
  node('y22', 'Year', 2022),
  node('s', 'Theme'),
];
const edge = (from: string, to: string): GraphEdge => ({
  id: `${from}-${to}`,
  type: 'LINK',
  from,
  to,
  event: null,
  evidence: { page: 1, quote: 'q', basis: 'STATED', rationale: null },
});
const edges = [edge('a', 't'), edge('b', 't'), edge('a', 'p'), edge('a', 'ra'), edge('b', 'rb'), edge('a', 'y22'), edge('a', 's'), edge('u', 's')];
const facts: InitiativeFacts = {
  years: new Map([['a', [2022]], ['b', [2024]], ['u', []]]),
  themes: new Map([['a', ['s']], ['b', ['r']], ['u', ['s']]]),
  towns: new Map(),
};
const none: Filters = { hiddenKinds: new Set(), theme: null, years: null };
const sorted = (set: Set<string>) => [...set].sort();

describe('explorer visibility', () => {
  it('when no filter is set, then nothing is hidden or faded', () => {
    expect(visibility(nodes, edges, none, facts)).toEqual({ hidden: new Set(), faded: new Set() });
  });

  it('when a type is hidden, then its nodes and their links are hidden', () => {
    const { hidden } = visibility(nodes, edges, { ...none, hiddenKinds: new Set<Kind>(['Result', 'Year']) }, facts);
    expect(sorted(hidden)).toEqual(['a-ra', 'a-y22', 'b-rb', 'ra', 'rb', 'y22']);
  });

  it('when a theme is chosen, then initiatives off the theme and what hangs only on them are hidden', () => {
    const { hidden } = visibility(nodes, edges, { ...none, theme: 's' }, facts);
    // b is off theme; rb hangs on b alone; t also hangs on a, which stays
    expect(sorted(hidden)).toEqual(['b', 'b-rb', 'b-t', 'rb']);
  });

  it('when a town and a committee are chosen, then only initiatives with both stay, with what hangs on them', () => {
    const withPlaces: InitiativeFacts = { ...facts, towns: new Map([['a', ['x']], ['b', ['x']], ['u', []]]), committees: new Map([['a', ['k']], ['b', []], ['u', ['k']]]) };
    expect(sorted(visibility(nodes, edges, { ...none, town: 'x' }, withPlaces).hidden)).toEqual(['u', 'u-s']);
    // a alone has both; s still hangs on a
    expect(sorted(visibility(nodes, edges, { ...none, town: 'x', committee: 'k' }, withPlaces).hidden)).toEqual(['b', 'b-rb', 'b-t', 'rb', 'u', 'u-s']);
  });

  it('when only stated links are wanted, then inferred links are hidden and their ends stay', () => {
    const inferred = edges.map((e) => (e.id === 'a-t' ? { ...e, evidence: { ...e.evidence, basis: 'INFERRED' as const } } : e));
    expect(sorted(visibility(nodes, inferred, { ...none, statedOnly: true }, facts).hidden)).toEqual(['a-t']);
  });

  it('when years are chosen, then dated things outside fade, undated ones stay, and others fade with all their dated neighbours', () => {
    const { hidden, faded } = visibility(nodes, edges, { ...none, years: [2023, 2025] }, facts);
    expect(hidden.size).toBe(0);
    // a (2022) and its 2022 result and year fade; b (2024) and the undated u and rb stay;
    // p's only dated neighbour is a: it fades; t also has b: it stays; s has the undated u only besides a: it fades
    expect(sorted(faded)).toEqual(['a', 'a-p', 'a-ra', 'a-s', 'a-t', 'a-y22', 'p', 'ra', 's', 'u-s', 'y22']);
  });

  it('when a node is both hidden and faded, then its links count as hidden', () => {
    const { hidden, faded } = visibility(nodes, edges, { hiddenKinds: new Set<Kind>(['Partner']), theme: null, years: [2024, 2024] }, facts);
    expect(hidden.has('a-p')).toBe(true);
    expect(faded.has('a-p')).toBe(false);
  });
});
