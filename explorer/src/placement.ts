// Where new nodes go when some are added to a drawn graph: on rings around the node they hang
// from, facing away from the rest of the graph, in free spots, so that nothing drawn moves.

export interface Point {
  x: number;
  y: number;
}

export const RING_START = 120;
export const RING_STEP = 75;
/** Room per node along a ring, enough for a short label; also the least distance to any other node. */
export const NODE_SPACING = 70;
const MAX_RINGS = 40;

/**
 * `count` positions around `anchor`, ring after ring (RING_START, then RING_STEP further out),
 * at least NODE_SPACING from each other and from the `occupied` points (after MAX_RINGS rings it
 * gives up on the latter rather than run far away). They spread over 240° centred on the
 * direction away from `centre` (the rest of the graph), or over the full circle when the anchor
 * is the centre.
 */
export function ringPositions(anchor: Point, count: number, centre: Point, occupied: readonly Point[] = []): Point[] {
  const dx = anchor.x - centre.x;
  const dy = anchor.y - centre.y;
  const alone = Math.hypot(dx, dy) < 1;
  const facing = alone ? 0 : Math.atan2(dy, dx);
  const spread = alone ? 2 * Math.PI : (4 * Math.PI) / 3;
  const positions: Point[] = [];
  const free = (p: Point, strict: boolean) =>
    positions.every((q) => Math.hypot(p.x - q.x, p.y - q.y) >= NODE_SPACING * 0.99) &&
    (!strict || occupied.every((q) => Math.hypot(p.x - q.x, p.y - q.y) >= NODE_SPACING));
  for (let ring = 0; positions.length < count; ring++) {
    const radius = RING_START + ring * RING_STEP;
    // as many as fit on this ring, spread evenly when fewer are left
    const slots = Math.min(count - positions.length, Math.max(1, Math.floor((spread * radius) / NODE_SPACING)));
    for (let i = 0; i < slots; i++) {
      // a full circle has no ends; an arc keeps half a step free at each end
      const t = alone ? i / slots : (i + 0.5) / slots;
      const angle = facing - spread / 2 + t * spread;
      const p = { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) };
      if (free(p, ring < MAX_RINGS)) positions.push(p);
    }
  }
  return positions;
}

export function centreOf(points: readonly Point[]): Point {
  if (points.length === 0) return { x: 0, y: 0 };
  const sum = points.reduce((acc, p) => ({ x: acc.x + p.x, y: acc.y + p.y }), { x: 0, y: 0 });
  return { x: sum.x / points.length, y: sum.y / points.length };
}
