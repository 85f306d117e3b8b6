import { betweenness } from './betweenness';

/** One link from an initiative to an entity, with that initiative's themes and towns (keys). */
export interface BridgeLink {
  initiative: string;
  type: string;
  themes: string[];
  towns: string[];
}

export interface BridgeCandidate<T> {
  key: string;
  node: T;
  links: BridgeLink[];
}

export interface BridgeScore<T> {
  node: T;
  themes: number;
  towns: number;
  initiatives: number;
  betweenness: number;
  score: number;
}

/**
 * Ranks entities by how many distinct themes and towns their initiatives connect. Betweenness is
 * computed on the undirected bipartite initiative–partner graph made of the WITH_PARTNER links
 * only; entities outside that graph (units, committees, towns) have betweenness 0.
 * score = themes + towns + betweenness. Ties: more initiatives first, then key. Pure: no database.
 */
export function rankBridges<T>(candidates: BridgeCandidate<T>[], first: number): BridgeScore<T>[] {
  const partnerEdges: Array<[string, string]> = [];
  for (const candidate of candidates) {
    for (const link of candidate.links) if (link.type === 'WITH_PARTNER') partnerEdges.push([link.initiative, candidate.key]);
  }
  const centrality = betweenness(partnerEdges);

  return candidates
    .map((candidate) => {
      const initiatives = new Set(candidate.links.map((link) => link.initiative));
      const themes = new Set(candidate.links.flatMap((link) => link.themes));
      const towns = new Set(candidate.links.flatMap((link) => link.towns));
      const between = centrality.get(candidate.key) ?? 0;
      return {
        key: candidate.key,
        result: {
          node: candidate.node,
          themes: themes.size,
          towns: towns.size,
          initiatives: initiatives.size,
          betweenness: between,
          score: themes.size + towns.size + between,
        },
      };
    })
    .sort((a, b) => b.result.score - a.result.score || b.result.initiatives - a.result.initiatives || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, first)
    .map((entry) => entry.result);
}
