/**
 * Brandes' algorithm for betweenness centrality on an unweighted, undirected graph.
 *
 * The graph is given as a list of edges; a node exists when it ends some edge (isolated nodes
 * have betweenness 0 and do not change anyone else's). Values are normalised to 0..1 by dividing
 * by the number of pairs of other nodes, (n-1)(n-2)/2, so a node that lies on every shortest path
 * between every other pair scores 1 (the middle of a path a–b–c, the hub of a star).
 *
 * Pure: no database, no I/O.
 */
export function betweenness(edges: ReadonlyArray<readonly [string, string]>): Map<string, number> {
  const adjacency = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    let set = adjacency.get(a);
    if (!set) adjacency.set(a, (set = new Set()));
    set.add(b);
  };
  for (const [a, b] of edges) {
    if (a === b) {
      if (!adjacency.has(a)) adjacency.set(a, new Set()); // a self-loop lies on no shortest path
      continue;
    }
    add(a, b);
    add(b, a);
  }
  const nodes = [...adjacency.keys()];
  const centrality = new Map<string, number>(nodes.map((node) => [node, 0]));

  for (const source of nodes) {
    // Single-source shortest paths by BFS, counting paths (sigma) and remembering predecessors.
    const stack: string[] = [];
    const predecessors = new Map<string, string[]>(nodes.map((node) => [node, []]));
    const sigma = new Map<string, number>(nodes.map((node) => [node, 0]));
    const distance = new Map<string, number>();
    sigma.set(source, 1);
    distance.set(source, 0);
    const queue: string[] = [source];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head];
      stack.push(v);
      for (const w of adjacency.get(v)!) {
        if (!distance.has(w)) {
          distance.set(w, distance.get(v)! + 1);
          queue.push(w);
        }
        if (distance.get(w) === distance.get(v)! + 1) {
          sigma.set(w, sigma.get(w)! + sigma.get(v)!);
          predecessors.get(w)!.push(v);
        }
      }
    }
    // Back-propagate dependencies in order of non-increasing distance.
    const delta = new Map<string, number>(nodes.map((node) => [node, 0]));
    while (stack.length > 0) {
      const w = stack.pop()!;
      for (const v of predecessors.get(w)!) {
        delta.set(v, delta.get(v)! + (sigma.get(v)! / sigma.get(w)!) * (1 + delta.get(w)!));
      }
      if (w !== source) centrality.set(w, centrality.get(w)! + delta.get(w)!);
    }
  }

  // Each unordered pair was counted from both ends; then scale to 0..1.
  const n = nodes.length;
  const pairs = ((n - 1) * (n - 2)) / 2;
  for (const node of nodes) centrality.set(node, pairs > 0 ? centrality.get(node)! / 2 / pairs : 0);
  return centrality;
}
