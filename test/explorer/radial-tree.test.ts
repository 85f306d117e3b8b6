import { radialTree } from '../../explorer/src/radial-tree';

// A theme's chain: the theme, three initiatives, results under two of them.
const ids = ['theme:t', 'strategy:s', 'initiative:a', 'initiative:b', 'initiative:c', 'result:a1', 'result:a2', 'result:b1'];
const links = [
  { from: 'strategy:s', to: 'theme:t' },
  { from: 'initiative:a', to: 'theme:t' },
  { from: 'initiative:b', to: 'theme:t' },
  { from: 'initiative:c', to: 'theme:t' },
  { from: 'initiative:a', to: 'result:a1' },
  { from: 'initiative:a', to: 'result:a2' },
  { from: 'initiative:b', to: 'result:b1' },
];
const distance = (p: { x: number; y: number }) => Math.hypot(p.x, p.y);

describe('explorer chain layout (radial tree)', () => {
  it('when a theme is the root, then it stands in the middle, its initiatives on one ring and their results on the next', () => {
    const { positions } = radialTree(ids, links, ['theme:t']);
    expect(positions.get('theme:t')).toEqual({ x: 0, y: 0 });
    const ring1 = ['strategy:s', 'initiative:a', 'initiative:b', 'initiative:c'].map((id) => distance(positions.get(id)!));
    const ring2 = ['result:a1', 'result:a2', 'result:b1'].map((id) => distance(positions.get(id)!));
    expect(new Set(ring1.map(Math.round)).size).toBe(1);
    expect(Math.min(...ring2)).toBeGreaterThan(Math.max(...ring1));
  });

  it('when results hang on an initiative, then each lies nearer its own initiative than any other', () => {
    const { positions } = radialTree(ids, links, ['theme:t']);
    const own: Record<string, string> = { 'result:a1': 'initiative:a', 'result:a2': 'initiative:a', 'result:b1': 'initiative:b' };
    for (const [result, initiative] of Object.entries(own)) {
      const at = positions.get(result)!;
      const gap = (id: string) => Math.hypot(positions.get(id)!.x - at.x, positions.get(id)!.y - at.y);
      for (const other of ['initiative:a', 'initiative:b', 'initiative:c'].filter((id) => id !== initiative)) expect(gap(initiative)).toBeLessThan(gap(other));
    }
  });

  it('when the same graph comes in another order, then every position is the same', () => {
    const a = radialTree(ids, links, ['theme:t']).positions;
    const b = radialTree([...ids].reverse(), [...links].reverse(), ['theme:t']).positions;
    expect([...b].sort()).toEqual([...a].sort());
  });

  it('when a ring holds many nodes, then it grows so that neighbours keep their size and spacing apart', () => {
    const many = Array.from({ length: 120 }, (_, i) => `result:${String(i).padStart(3, '0')}`);
    const { positions } = radialTree(['theme:t', ...many], many.map((id) => ({ from: 'theme:t', to: id })), ['theme:t'], { ringGap: 100, spacing: 10, sizeOf: () => 20 });
    const sorted = many.map((id) => positions.get(id)!);
    for (let i = 1; i < sorted.length; i++) expect(Math.hypot(sorted[i].x - sorted[i - 1].x, sorted[i].y - sorted[i - 1].y)).toBeGreaterThanOrEqual(29);
  });

  it('when one initiative has one result and another many, then the lone one still gets room for its size', () => {
    const results = Array.from({ length: 40 }, (_, i) => `result:b${String(i).padStart(2, '0')}`);
    const all = ['theme:t', 'initiative:a', 'initiative:b', 'initiative:c', 'result:a0', ...results];
    const edges = [
      { from: 'theme:t', to: 'initiative:a' }, { from: 'theme:t', to: 'initiative:b' }, { from: 'theme:t', to: 'initiative:c' },
      { from: 'initiative:a', to: 'result:a0' }, ...results.map((id) => ({ from: 'initiative:b', to: id })),
    ];
    const { positions } = radialTree(all, edges, ['theme:t'], { ringGap: 50, spacing: 10, sizeOf: (id) => (id.startsWith('initiative') ? 50 : 16) });
    const [a, c] = [positions.get('initiative:a')!, positions.get('initiative:c')!];
    expect(Math.hypot(a.x - c.x, a.y - c.y)).toBeGreaterThanOrEqual(59);
  });

  it('when parts are not connected, then each gets its own slice and nothing is left unplaced', () => {
    const { positions } = radialTree(['a', 'b', 'c', 'd'], [{ from: 'a', to: 'b' }], ['a']);
    expect([...positions.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(distance(positions.get('a')!)).toBeGreaterThan(0);
  });
});
