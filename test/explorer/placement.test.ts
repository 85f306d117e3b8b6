import { NODE_SPACING, RING_START, ringPositions, type Point } from '../../explorer/src/placement';

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const minGap = (points: Point[]) => Math.min(...points.flatMap((p, i) => points.slice(i + 1).map((q) => distance(p, q))));

describe('explorer placement of new nodes', () => {
  it('when the anchor stands alone, then the nodes ring it at the first radius, evenly spaced', () => {
    const anchor = { x: 100, y: 50 };
    const points = ringPositions(anchor, 6, anchor);
    expect(points).toHaveLength(6);
    for (const p of points) expect(distance(p, anchor)).toBeCloseTo(RING_START);
    expect(minGap(points)).toBeCloseTo(2 * RING_START * Math.sin(Math.PI / 6)); // a regular hexagon
  });

  it('when many nodes are added, then they fill further rings and never come closer than the spacing', () => {
    const points = ringPositions({ x: 0, y: 0 }, 60, { x: 0, y: 0 });
    expect(points).toHaveLength(60);
    expect(minGap(points)).toBeGreaterThanOrEqual(NODE_SPACING * 0.99);
    expect(Math.max(...points.map((p) => distance(p, { x: 0, y: 0 })))).toBeGreaterThan(RING_START);
  });

  it('when the anchor is off-centre, then the nodes face away from the rest of the graph', () => {
    const points = ringPositions({ x: 300, y: 0 }, 8, { x: 0, y: 0 });
    for (const p of points) expect(p.x).toBeGreaterThan(300 - RING_START * Math.cos(Math.PI / 3) - 1); // within ±120° of "away"
  });

  it('when spots are taken, then the nodes go elsewhere, clear of them', () => {
    const occupied = ringPositions({ x: 0, y: 0 }, 10, { x: 0, y: 0 });
    const points = ringPositions({ x: 0, y: 0 }, 5, { x: 0, y: 0 }, occupied);
    for (const p of points) for (const q of occupied) expect(distance(p, q)).toBeGreaterThanOrEqual(NODE_SPACING);
  });
});
