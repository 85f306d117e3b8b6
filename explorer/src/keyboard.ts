// Keys for people who do not use a mouse: on the focused canvas, and a few for the whole page.

export interface GraphKeyActions {
  /** Visible nodes in the order the arrow keys walk them. */
  order(): string[];
  /** The selected node, or null (also when a link is selected). */
  selectedNode(): string | null;
  select(id: string | null): void;
  expand(id: string): void;
  collapse(id: string): void;
  remove(id: string): void;
  fit(): void;
  zoomBy(factor: number): void;
}

/** ← → ↑ ↓ walk the nodes, Enter expands, C collapses, Delete removes, F fits, + − zoom, Esc unselects. */
export function bindGraphKeys(canvas: HTMLElement, actions: GraphKeyActions): void {
  canvas.addEventListener('keydown', (event) => {
    const node = actions.selectedNode();
    const step = (delta: number) => {
      const order = actions.order();
      if (order.length === 0) return;
      const at = node ? order.indexOf(node) : delta > 0 ? -1 : 0;
      actions.select(order[(at + delta + order.length) % order.length]);
    };
    const keys: Record<string, () => void> = {
      ArrowRight: () => step(1),
      ArrowDown: () => step(1),
      ArrowLeft: () => step(-1),
      ArrowUp: () => step(-1),
      Enter: () => node && actions.expand(node),
      c: () => node && actions.collapse(node),
      Delete: () => node && actions.remove(node),
      Backspace: () => node && actions.remove(node),
      f: () => actions.fit(),
      '+': () => actions.zoomBy(1.25),
      '=': () => actions.zoomBy(1.25),
      '-': () => actions.zoomBy(0.8),
      Escape: () => actions.select(null),
    };
    const action = keys[event.key];
    if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    action();
  });
}

/** Ctrl+Z (⌘Z) undoes and "/" goes to the search field, unless the user is typing in a field. */
export function bindPageKeys(actions: { undo(): void; focusSearch(): void }): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement) return;
    if ((event.ctrlKey || event.metaKey) && event.key === 'z') {
      event.preventDefault();
      actions.undo();
    } else if (event.key === '/') {
      event.preventDefault();
      actions.focusSearch();
    }
  });
}
