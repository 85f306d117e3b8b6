// The top-down layout: strategy, themes, initiatives and results in layers, each layer wrapped
// into rows so that 65 initiatives do not become one endless line. Pure, so it is tested alone.
import type { Point } from './placement';

export interface LayerOptions {
  /** Most nodes side by side in one row of a layer. */
  perRow: number;
  columnGap: number;
  rowGap: number;
  /** Space between the last row of a layer and the first of the next. */
  layerGap: number;
}

export const LAYERS: LayerOptions = { perRow: 12, columnGap: 150, rowGap: 64, layerGap: 120 };

/**
 * Positions for `ids`: layer = hops from the nearest root (links followed both ways); nodes no
 * root reaches go in a last layer. Within a layer, nodes sort under the mean x of their
 * neighbours one layer up (fewer crossings), and every second row is shifted half a column so
 * that labels in consecutive rows do not stack.
 */
export function layeredPositions(
  ids: readonly string[],
  links: readonly { from: string; to: string }[],
  roots: readonly string[],
  options: LayerOptions = LAYERS,
): Map<string, Point> {
  const present = new Set(ids);
  const around = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const { from, to } of links) {
    if (!present.has(from) || !present.has(to)) continue;
    around.get(from)!.push(to);
    around.get(to)!.push(from);
  }
  const layerOf = new Map<string, number>();
  let frontier = roots.filter((id) => present.has(id));
  frontier.forEach((id) => layerOf.set(id, 0));
  for (let layer = 1; frontier.length > 0; layer++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of around.get(id)!) {
        if (!layerOf.has(other)) {
          layerOf.set(other, layer);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  const last = Math.max(-1, ...layerOf.values()) + 1;
  for (const id of ids) if (!layerOf.has(id)) layerOf.set(id, last);

  const layers: string[][] = [];
  for (const id of ids) (layers[layerOf.get(id)!] ??= []).push(id);
  const positions = new Map<string, Point>();
  let top = 0;
  for (const layer of layers.filter((members) => members && members.length > 0)) {
    const barycentre = (id: string) => {
      const xs = around.get(id)!.filter((other) => positions.has(other)).map((other) => positions.get(other)!.x);
      return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
    };
    const ordered = [...layer].sort((a, b) => barycentre(a) - barycentre(b) || (a < b ? -1 : a > b ? 1 : 0));
    const rows = Math.ceil(ordered.length / options.perRow);
    ordered.forEach((id, i) => {
      const row = Math.floor(i / options.perRow);
      const inRow = row < rows - 1 ? options.perRow : ordered.length - row * options.perRow;
      const column = i % options.perRow;
      const shift = row % 2 === 1 ? options.columnGap / 2 : 0;
      positions.set(id, { x: (column - (inRow - 1) / 2) * options.columnGap + shift, y: top + row * options.rowGap });
    });
    top += (rows - 1) * options.rowGap + options.layerGap;
  }
  return positions;
}
