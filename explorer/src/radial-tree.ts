// The chain layout ("Kæde"): strategy → theme → initiatives → results as a radial tree. Each node
// sits on the ring of its distance from the root, inside the slice of its parent, the slice sized
// by how many leaves hang below; so every result lies just outside its own initiative and no two
// links of the tree cross. Pure and independent of the window, so a shared link draws the same.
import type { Point } from './placement';

export interface RadialOptions {
  /** Least distance between two rings. */
  ringGap: number;
  /** Room along a ring between two neighbours, besides their own size. */
  spacing: number;
  /** A node's size (diameter); its slice of the ring must hold it. */
  sizeOf?: (id: string) => number;
}

export const RADIAL: RadialOptions = { ringGap: 190, spacing: 14 };

/** Every subtree counts as at least this many leaves, so a lone node's slice is not a sliver. */
const MIN_WEIGHT = 2;

export interface RadialPlacement {
  positions: Map<string, Point>;
  /** The direction each node points away from the centre (radians), for placing its label outwards. */
  angles: Map<string, number>;
}

/**
 * Positions for `ids`: a breadth-first tree from `roots` (links followed both ways, a node's parent
 * the first reached, ties by id so the answer never depends on input order). One root sits at the
 * centre; several share the first ring. Nodes no root reaches form their own trees, from their
 * lowest id.
 */
export function radialTree(
  ids: readonly string[],
  links: readonly { from: string; to: string }[],
  roots: readonly string[],
  options: RadialOptions = RADIAL,
): RadialPlacement {
  const sorted = [...new Set(ids)].sort();
  const present = new Set(sorted);
  const around = new Map<string, string[]>(sorted.map((id) => [id, []]));
  for (const { from, to } of links) {
    if (!present.has(from) || !present.has(to) || from === to) continue;
    around.get(from)!.push(to);
    around.get(to)!.push(from);
  }
  for (const list of around.values()) list.sort();

  const children = new Map<string, string[]>(sorted.map((id) => [id, []]));
  const depth = new Map<string, number>();
  const tops: string[] = [];
  const grow = (start: string) => {
    tops.push(start);
    depth.set(start, 0);
    let frontier = [start];
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const other of around.get(id)!) {
          if (depth.has(other)) continue;
          depth.set(other, depth.get(id)! + 1);
          children.get(id)!.push(other);
          next.push(other);
        }
      }
      frontier = next;
    }
  };
  for (const root of roots) if (present.has(root) && !depth.has(root)) grow(root);
  for (const id of sorted) if (!depth.has(id)) grow(id);

  // With several trees, a virtual centre holds them all one ring further out.
  const centre = tops.length === 1 ? tops[0] : null;
  const leaves = new Map<string, number>();
  const countLeaves = (id: string): number => {
    const own = children.get(id)!.reduce((sum, child) => sum + countLeaves(child), 0);
    const total = Math.max(MIN_WEIGHT, own);
    leaves.set(id, total);
    return total;
  };
  const allLeaves = tops.reduce((sum, top) => sum + countLeaves(top), 0);

  // Slices first (they need no radius), then each ring far enough out that every node's slice
  // holds the node and its spacing, and never nearer than ringGap to the ring inside it.
  const slices = new Map<string, [number, number, number]>();
  const cut = (id: string, d: number, from: number, to: number) => {
    slices.set(id, [d, from, to]);
    let at = from;
    for (const child of children.get(id)!) {
      const share = ((to - from) * leaves.get(child)!) / leaves.get(id)!;
      cut(child, d + 1, at, at + share);
      at += share;
    }
  };
  const start = -Math.PI / 2; // the first child of the root stands above it
  if (centre) {
    cut(centre, 0, start, start + 2 * Math.PI);
  } else {
    let at = start;
    for (const top of tops) {
      const share = (2 * Math.PI * leaves.get(top)!) / allLeaves;
      cut(top, 1, at, at + share);
      at += share;
    }
  }
  const sizeOf = options.sizeOf ?? (() => 12);
  const needed = new Map<number, number>();
  for (const [id, [d, from, to]] of slices) {
    if (id === centre) continue;
    const r = (sizeOf(id) + options.spacing) / Math.max(to - from, 1e-6);
    needed.set(d, Math.max(needed.get(d) ?? 0, r));
  }
  const radius: number[] = [0];
  const maxDepth = Math.max(0, ...needed.keys());
  for (let d = 1; d <= maxDepth; d++) radius[d] = Math.round(Math.max(radius[d - 1] + options.ringGap, needed.get(d) ?? 0));

  const positions = new Map<string, Point>();
  const angles = new Map<string, number>();
  for (const [id, [d, from, to]] of slices) {
    const angle = (from + to) / 2;
    const r = radius[d] ?? 0;
    positions.set(id, { x: Math.round(r * Math.cos(angle)), y: Math.round(r * Math.sin(angle)) });
    angles.set(id, angle);
  }
  return { positions, angles };
}
