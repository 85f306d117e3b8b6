// Which nodes and links the filters hide and the year range fades. Pure, so that it is tested
// without a browser; the graph and the list view both apply its answer.
import type { GraphEdge, GraphNode, InitiativeFacts, Kind } from './model';

export interface Filters {
  hiddenKinds: ReadonlySet<Kind>;
  /** Show only initiatives supporting this theme (and what hangs on them). */
  theme: string | null;
  /** … in this town. */
  town?: string | null;
  /** … decided by or involving this committee. */
  committee?: string | null;
  /** Fade dated things outside this range; null fades nothing. */
  years: readonly [number, number] | null;
  /** Hide the links the report does not state in words (basis inferred). */
  statedOnly?: boolean;
}

export interface Visibility {
  hidden: Set<string>;
  faded: Set<string>;
}

/**
 * Hidden: nodes of a hidden kind; with a theme, town or committee chosen, initiatives without it
 * and the nodes whose every initiative is hidden that way; links with a hidden end.
 * Faded: initiatives with no event in the years, years and results outside them (undated ones
 * stay); other nodes whose every dated neighbour is faded; links with a faded end.
 * With statedOnly, inferred links are hidden too (their ends stay).
 */
export function visibility(nodes: readonly GraphNode[], edges: readonly GraphEdge[], filters: Filters, facts: InitiativeFacts): Visibility {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const neighbours = new Map<string, string[]>(nodes.map((node) => [node.id, []]));
  for (const edge of edges) {
    neighbours.get(edge.from)?.push(edge.to);
    neighbours.get(edge.to)?.push(edge.from);
  }
  const hidden = new Set<string>();
  for (const node of nodes) if (filters.hiddenKinds.has(node.kind)) hidden.add(node.id);

  // theme, town and committee: an initiative must have each chosen one; what hangs only on
  // initiatives hidden that way goes too
  const chosen: [string | null | undefined, Map<string, string[]>][] = [
    [filters.theme, facts.themes],
    [filters.town, facts.towns],
    [filters.committee, facts.committees ?? new Map<string, string[]>()],
  ];
  const wanted = chosen.filter((pair): pair is [string, Map<string, string[]>] => Boolean(pair[0]));
  if (wanted.length > 0) {
    const off = new Set(
      nodes
        .filter((node) => node.kind === 'Initiative' && !wanted.every(([value, of]) => (of.get(node.id) ?? []).includes(value)))
        .map((node) => node.id),
    );
    for (const id of off) hidden.add(id);
    for (const node of nodes) {
      if (node.kind === 'Initiative') continue;
      const initiatives = (neighbours.get(node.id) ?? []).filter((id) => byId.get(id)?.kind === 'Initiative');
      if (initiatives.length > 0 && initiatives.every((id) => off.has(id))) hidden.add(node.id);
    }
  }

  const faded = new Set<string>();
  if (filters.years) {
    const [from, to] = filters.years;
    const inRange = (year: number) => year >= from && year <= to;
    // true: dated and inside; false: dated and outside; null: undated
    const dated = (node: GraphNode): boolean | null => {
      if (node.kind === 'Initiative') {
        const years = facts.years.get(node.id) ?? [];
        return years.length === 0 ? null : years.some(inRange);
      }
      if (node.kind === 'Year' || node.kind === 'Result') return node.year === null ? null : inRange(node.year);
      return null;
    };
    const state = new Map(nodes.map((node) => [node.id, dated(node)]));
    for (const node of nodes) {
      const own = state.get(node.id);
      if (own === false) faded.add(node.id);
      if (own !== null || node.kind === 'Initiative' || node.kind === 'Result' || node.kind === 'Year') continue;
      const around = (neighbours.get(node.id) ?? []).filter((id) => !hidden.has(id)).map((id) => state.get(id));
      const datedAround = around.filter((value) => value !== null && value !== undefined);
      if (datedAround.length > 0 && datedAround.every((value) => value === false)) faded.add(node.id);
    }
  }

  for (const edge of edges) {
    if (filters.statedOnly && edge.evidence.basis === 'INFERRED') hidden.add(edge.id);
    else if (hidden.has(edge.from) || hidden.has(edge.to)) hidden.add(edge.id);
    else if (faded.has(edge.from) || faded.has(edge.to)) faded.add(edge.id);
  }
  return { hidden, faded };
}
