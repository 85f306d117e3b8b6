// The picture of a view in a few characters per node, for a shared link: where each node stands
// and on which side its label is. Only a view the user arranged (expanded in place, dragged, took
// nodes away) needs it; a fresh layout is redrawn from the nodes alone.

export type LabelSide = 'below' | 'left' | 'right';

export interface Placed {
  x: number;
  y: number;
  side: LabelSide;
}

// Two base-36 digits per coordinate: a grid of 1296 steps over the picture's longer side, finer
// than a pixel on any screen the whole picture fits, and a fixed width needs no separators.
const DIGITS = 2;
const GRID = 36 ** DIGITS - 1;
const SIDES: Record<LabelSide, string> = { below: 'b', left: 'l', right: 'r' };
const SIDE_OF: Record<string, LabelSide> = { b: 'below', l: 'left', r: 'right' };
const PER_NODE = 2 * DIGITS + 1;
const CODE = /^([0-9a-z]{1,6})\.((?:[0-9a-z]{4}[blr])*)$/;

/** "span.data": the span in drawing units, then per node x, y (each on the grid) and the label's side, in the order given. */
export function encodePositions(points: readonly Placed[]): string {
  if (points.length === 0) return '';
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [left, top] = [Math.min(...xs), Math.min(...ys)];
  const span = Math.max(1, Math.ceil(Math.max(Math.max(...xs) - left, Math.max(...ys) - top)));
  const digits = (value: number) => Math.round((value / span) * GRID).toString(36).padStart(DIGITS, '0');
  return `${span.toString(36)}.${points.map((p) => `${digits(p.x - left)}${digits(p.y - top)}${SIDES[p.side]}`).join('')}`;
}

/** The positions back, one per node in the order encoded; null when the code is not one or holds another number of nodes. */
export function decodePositions(code: string, count: number): Placed[] | null {
  const match = CODE.exec(code);
  if (!match || match[2].length !== count * PER_NODE) return null;
  const span = parseInt(match[1], 36);
  const value = (text: string) => (parseInt(text, 36) / GRID) * span;
  const points: Placed[] = [];
  for (let at = 0; at < match[2].length; at += PER_NODE) {
    const item = match[2].slice(at, at + PER_NODE);
    points.push({ x: value(item.slice(0, DIGITS)), y: value(item.slice(DIGITS, 2 * DIGITS)), side: SIDE_OF[item[2 * DIGITS]] });
  }
  return points;
}
