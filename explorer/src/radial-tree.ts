// The chain layout ("Kæde"): strategy → theme → initiatives → results as a radial tree. Each node
// sits on the ring of its distance from the root, inside the slice of its parent, the slice sized
// by how many leaves hang below; so every result lies just outside its own initiative and no two
// links of the tree cross. Pure and independent of the window, so a shared link draws the same.
import type { Point } from './placement';

export interface RadialOptions {
  /** Least distance between two rings. */
  ringGap: number;
  /** Least distance along a ring between two neighbours at the same depth. */
  spacing: number;
}

export const RADIAL: RadialOptions = { ringGap: 190, spacing: 26 };

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
  const shift = centre ? 0 : 1;
  const leaves = new Map<string, number>();
  const countLeaves = (id: string): number => {
    const own = children.get(id)!.reduce((sum, child) => sum + countLeaves(child), 0);
    const total = Math.max(1, own);
    leaves.set(id, total);
    return total;
  };
  const allLeaves = tops.reduce((sum, top) => sum + countLeaves(top), 0);

  // A ring must hold all its nodes `spacing` apart, and leaves are the widest ring's members.
  const perDepth = new Map<number, number>();
  for (const [id, d] of depth) if (id !== centre) perDepth.set(d + shift, (perDepth.get(d + shift) ?? 0) + 1);
  const radius: number[] = [0];
  const maxDepth = Math.max(0, ...perDepth.keys());
  for (let d = 1; d <= maxDepth; d++) {
    const needed = ((perDepth.get(d) ?? 0) * options.spacing) / (2 * Math.PI);
    radius[d] = Math.max(radius[d - 1] + options.ringGap, needed);
  }

  const positions = new Map<string, Point>();
  const angles = new Map<string, number>();
  const place = (id: string, d: number, from: number, to: number) => {
    const angle = (from + to) / 2;
    const r = radius[d] ?? 0;
    positions.set(id, { x: Math.round(r * Math.cos(angle)), y: Math.round(r * Math.sin(angle)) });
    angles.set(id, angle);
    let at = from;
    for (const child of children.get(id)!) {
      const share = ((to - from) * leaves.get(child)!) / leaves.get(id)!;
      place(child, d + 1, at, at + share);
      at += share;
    }
  };
  // start at the top (−90°) so the first child of the root stands above it
  let at = -Math.PI / 2;
  if (centre) {
    place(centre, 0, at, at + 2 * Math.PI);
  } else {
    for (const top of tops) {
      const share = (2 * Math.PI * leaves.get(top)!) / allLeaves;
      place(top, 1, at, at + share);
      at += share;
    }
  }
  return { positions, angles };
}
