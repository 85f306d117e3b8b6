import { decodePositions, encodePositions, type Placed } from '../../explorer/src/view-positions';

// Relative places: each point as a share of the picture's longer side, from its top-left corner.
const relative = (points: readonly Placed[]) => {
  const left = Math.min(...points.map((p) => p.x));
  const top = Math.min(...points.map((p) => p.y));
  const span = Math.max(...points.map((p) => p.x - left), ...points.map((p) => p.y - top));
  return points.map((p) => ({ x: (p.x - left) / span, y: (p.y - top) / span, side: p.side }));
};

describe('explorer view positions in a link', () => {
  const picture: Placed[] = [
    { x: -412.7, y: 88.1, side: 'left' },
    { x: 0, y: 0, side: 'below' },
    { x: 1830.4, y: -640.9, side: 'right' },
    { x: 35.5, y: 1200.2, side: 'below' },
  ];

  it('when a picture is encoded and decoded, then every node stands where it stood relative to the others, within a grid step, with its label side', () => {
    const back = decodePositions(encodePositions(picture), picture.length);
    expect(back).not.toBeNull();
    const [was, is] = [relative(picture), relative(back!)];
    is.forEach((point, i) => {
      expect(Math.abs(point.x - was[i].x)).toBeLessThan(1 / 1000);
      expect(Math.abs(point.y - was[i].y)).toBeLessThan(1 / 1000);
      expect(point.side).toBe(was[i].side);
    });
  });

  it('when a picture is encoded, then each node takes five characters and the code needs no escaping in a URL', () => {
    const code = encodePositions(picture);
    expect(code.slice(code.indexOf('.') + 1)).toHaveLength(5 * picture.length);
    expect(encodeURIComponent(code)).toBe(code);
  });

  it('when the code is cut, altered or holds another number of nodes, then it is refused rather than misread', () => {
    const code = encodePositions(picture);
    expect(decodePositions(code, picture.length + 1)).toBeNull();
    expect(decodePositions(code.slice(0, -1), picture.length)).toBeNull();
    expect(decodePositions(`${code.slice(0, -1)}x`, picture.length)).toBeNull(); // a side that is none
    expect(decodePositions('', 0)).toBeNull();
    expect(decodePositions('not a code', 1)).toBeNull();
  });

  it('when every node stands in one spot, then the code still reads back (no division by zero)', () => {
    const same: Placed[] = [{ x: 5, y: 5, side: 'below' }, { x: 5, y: 5, side: 'right' }];
    expect(decodePositions(encodePositions(same), 2)).toEqual([{ x: 0, y: 0, side: 'below' }, { x: 0, y: 0, side: 'right' }]);
  });
});
