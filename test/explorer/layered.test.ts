import { layeredPositions, type LayerOptions } from '../../explorer/src/layered';

const options: LayerOptions = { perRow: 3, columnGap: 100, rowGap: 50, layerGap: 120 };

describe('explorer top-down layout', () => {
  it('when a strategy → theme → initiatives → results chain is laid out, then each hop is a layer further down', () => {
    const links = [
      { from: 'strategy', to: 'theme' },
      { from: 'i1', to: 'theme' }, // stored initiative → theme: direction does not matter
      { from: 'i2', to: 'theme' },
      { from: 'i1', to: 'r1' },
      { from: 'i2', to: 'r2' },
    ];
    const at = layeredPositions(['r2', 'i2', 'r1', 'i1', 'theme', 'strategy'], links, ['strategy'], options);
    expect(at.get('strategy')).toEqual({ x: 0, y: 0 });
    expect(at.get('theme')).toEqual({ x: 0, y: 120 });
    expect([at.get('i1')!.y, at.get('i2')!.y]).toEqual([240, 240]);
    expect([at.get('r1')!.y, at.get('r2')!.y]).toEqual([360, 360]);
    // each result sits under its own initiative's side
    expect(Math.sign(at.get('r1')!.x - at.get('r2')!.x)).toBe(Math.sign(at.get('i1')!.x - at.get('i2')!.x));
  });

  it('when a layer holds more than a row, then it wraps into shifted rows and the next layer starts below them', () => {
    const ids = ['root', ...Array.from({ length: 7 }, (_, i) => `n${i}`), 'leaf'];
    const links = [...ids.slice(1, 8).map((id) => ({ from: 'root', to: id })), { from: 'n0', to: 'leaf' }];
    const at = layeredPositions(ids, links, ['root'], options);
    const rows = [0, 1, 2].map((row) => ids.slice(1, 8).filter((id) => at.get(id)!.y === 120 + row * 50));
    expect(rows.map((row) => row.length)).toEqual([3, 3, 1]);
    expect(at.get(rows[1][0])!.x - at.get(rows[0][0])!.x).toBe(50); // the second row is shifted half a column
    expect(at.get('leaf')!.y).toBe(120 + 2 * 50 + 120);
    const points = [...at.values()].map((p) => `${p.x},${p.y}`);
    expect(new Set(points).size).toBe(points.length);
  });

  it('when some nodes are out of every root\'s reach, then they get a last layer of their own', () => {
    const at = layeredPositions(['a', 'b', 'lonely'], [{ from: 'a', to: 'b' }], ['a'], options);
    expect(at.get('lonely')!.y).toBe(240);
  });
});
