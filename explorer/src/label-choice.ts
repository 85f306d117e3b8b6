// Which labels are drawn: every label is a box on the screen, and boxes are taken by priority
// (selection and path first, then strategy, themes and the best-linked nodes); a box that would
// overlap one already taken is left out. Zooming in makes room, so more labels appear. Pure.

export interface LabelBox {
  id: string;
  /** Higher first. */
  priority: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const CELL = 64;

/** The ids whose labels are shown: no two chosen boxes overlap (touching is allowed). */
export function chooseLabels(boxes: readonly LabelBox[]): Set<string> {
  const order = [...boxes].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const grid = new Map<string, LabelBox[]>();
  const cells = (box: LabelBox) => {
    const keys: string[] = [];
    for (let cx = Math.floor(box.x1 / CELL); cx <= Math.floor(box.x2 / CELL); cx++) {
      for (let cy = Math.floor(box.y1 / CELL); cy <= Math.floor(box.y2 / CELL); cy++) keys.push(`${cx},${cy}`);
    }
    return keys;
  };
  const overlaps = (a: LabelBox, b: LabelBox) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  const chosen = new Set<string>();
  for (const box of order) {
    const keys = cells(box);
    if (keys.some((key) => (grid.get(key) ?? []).some((other) => overlaps(box, other)))) continue;
    chosen.add(box.id);
    for (const key of keys) grid.set(key, [...(grid.get(key) ?? []), box]);
  }
  return chosen;
}
