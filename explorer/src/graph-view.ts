// The drawing: a cytoscape.js canvas that shows exactly the nodes and links it is given, keeps
// the drawn ones where they are and places new ones next to the node they hang from.
import cytoscape from 'cytoscape';
import { KIND_STYLES } from './kinds';
import type { GraphEdge, GraphNode, Kind, Subgraph } from './model';
import { layeredPositions } from './layered';
import { centreOf, ringPositions, type Point } from './placement';
import type { LayoutName } from './url-state';
import type { Visibility } from './visibility';

export interface GraphEvents {
  select(id: string): void;
  unselect(): void;
  expand(id: string): void;
}

export interface ShowOptions {
  /** Lay everything out afresh with this layout (a new view). */
  relayout?: LayoutName;
  /** The node new ones were reached from: they go around it. */
  anchor?: string | null;
  /** Known positions (an undo), used before any placement. */
  positions?: ReadonlyMap<string, Point>;
}

const MAX_LABEL = 36;
/** Fitting a few nodes must not blow them up: labels stay at reading size. */
const MAX_FIT_ZOOM = 1.3;
/** Below this many drawn nodes there is no mental map to keep: new views are laid out afresh. */
const KEEP_POSITIONS_FROM = 3;
// Chain order for the top-down layout's roots: the highest kind of each component starts it.
const RANK: Kind[] = ['Strategy', 'Theme', 'Recommendation', 'Initiative', 'Result', 'Town', 'Partner', 'Unit', 'Committee', 'Year'];

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(display)',
      'background-color': 'data(color)',
      shape: 'data(shape)' as never,
      width: 24,
      height: 24,
      'border-width': 1,
      'border-color': '#333',
      'font-size': 12,
      color: '#1d1d1f',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 7,
    },
  },
  { selector: 'node[kind = "Initiative"]', style: { width: 30, height: 20 } },
  { selector: 'node[kind = "Strategy"], node[kind = "Theme"]', style: { width: 34, height: 34, 'font-weight': 'bold' } },
  {
    selector: 'edge',
    style: {
      width: 1.4,
      'line-color': '#a3a3ad',
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#a3a3ad',
      'arrow-scale': 0.7,
      'font-size': 9,
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
    },
  },
  // Inferred links are dashed: the reader should know they are our reading, not the report's words.
  { selector: 'edge[basis = "INFERRED"]', style: { 'line-style': 'dashed' } },
  { selector: 'edge:selected', style: { label: 'data(type)', width: 3.5, 'line-color': '#1a5fb4', 'target-arrow-color': '#1a5fb4' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1a5fb4' } },
  { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#b3261e' } },
  { selector: 'edge.on-path', style: { 'line-color': '#b3261e', 'target-arrow-color': '#b3261e', width: 4, 'z-index': 10 } },
  { selector: '.faded', style: { opacity: 0.15 } },
  { selector: '.hidden', style: { display: 'none' } },
];

export class GraphView {
  private readonly cy: cytoscape.Core;

  constructor(container: HTMLElement, events: GraphEvents) {
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.15,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.cy.on('tap', 'node, edge', (event) => events.select((event.target as cytoscape.SingularElementArgument).id()));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) events.unselect();
    });
    this.cy.on('dbltap', 'node', (event) => events.expand((event.target as cytoscape.NodeSingular).id()));
  }

  /** Makes the drawing hold exactly `graph`; resolves when new positions are settled. */
  async show(graph: Subgraph, options: ShowOptions = {}): Promise<void> {
    const wanted = new Set([...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)]);
    this.cy.elements().filter((element) => !wanted.has(element.id())).remove();
    const fresh = graph.nodes.filter((node) => this.cy.getElementById(node.id).empty());
    const placed = new Map<string, Point>();
    for (const node of fresh) {
      const known = options.positions?.get(node.id);
      if (known) placed.set(node.id, known);
    }
    const relayout = options.relayout ?? (this.cy.nodes().length < KEEP_POSITIONS_FROM && fresh.length > 0 && !options.positions ? 'force' : undefined);
    if (!relayout && this.cy.nodes().nonempty()) this.placeNear(fresh, graph.edges, placed, options.anchor ?? null);
    this.cy.add(
      fresh.map((node) => ({
        group: 'nodes' as const,
        data: nodeData(node),
        position: placed.get(node.id) ?? { x: 0, y: 0 },
      })),
    );
    this.cy.add(graph.edges.filter((edge) => this.cy.getElementById(edge.id).empty()).map((edge) => ({ group: 'edges' as const, data: edgeData(edge) })));
    const unplaced = fresh.some((node) => !placed.has(node.id));
    if (relayout || (unplaced && this.cy.nodes().length === fresh.length)) {
      await this.layout(relayout ?? 'force', false);
    } else if (fresh.length > 0 && !options.positions) {
      this.fit();
    }
  }

  /** Lays out every visible node; top-down puts strategy, themes, initiatives and results in rows. */
  async layout(name: LayoutName, animate = true): Promise<void> {
    const visible = this.cy.elements(':visible');
    if (visible.empty()) return;
    let options: cytoscape.LayoutOptions;
    if (name === 'topdown') {
      const nodes = visible.nodes();
      const at = layeredPositions(
        nodes.map((node) => node.id()),
        visible.edges().map((edge) => ({ from: edge.source().id(), to: edge.target().id() })),
        this.roots(),
      );
      options = { name: 'preset', positions: Object.fromEntries(at), fit: false, animate, animationDuration: 300 };
    } else {
      // Start from a circle in id order instead of cose's random start: the same shared link
      // then draws the same picture every time.
      const nodes = visible.nodes().sort((a, b) => (a.id() < b.id() ? -1 : 1));
      const radius = 40 * Math.sqrt(nodes.length) + 40;
      nodes.forEach((node, i) => {
        const angle = (2 * Math.PI * i) / nodes.length;
        node.position({ x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
      });
      options = { name: 'cose', animate, fit: false, randomize: false, nodeDimensionsIncludeLabels: true, idealEdgeLength: () => 70, nodeRepulsion: () => 9000, numIter: 1000 };
    }
    const layout = visible.layout(options);
    const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    await done;
    this.fit(animate);
  }

  setVisibility({ hidden, faded }: Visibility): void {
    this.cy.batch(() => {
      this.cy.elements().forEach((element) => {
        element.toggleClass('hidden', hidden.has(element.id()));
        element.toggleClass('faded', faded.has(element.id()));
      });
    });
  }

  /** Shows "(+n)" after a node's label for neighbours that are not drawn yet. */
  setWaiting(waiting: ReadonlyMap<string, number>): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const more = waiting.get(node.id()) ?? 0;
        node.data('display', displayLabel(node.data('label') as string, more));
      });
    });
  }

  highlight(ids: readonly string[]): void {
    this.cy.batch(() => {
      this.cy.elements('.on-path').removeClass('on-path');
      for (const id of ids) this.cy.getElementById(id).addClass('on-path');
    });
  }

  select(id: string | null): void {
    this.cy.elements(':selected').unselect();
    if (!id) return;
    const element = this.cy.getElementById(id);
    if (element.empty()) return;
    element.select();
    // keep the selection in view when it was chosen from the keyboard or the list
    if (element.isNode() && !this.inView(element.renderedPosition())) this.cy.animate({ center: { eles: element } }, { duration: 200 });
  }

  positions(): Map<string, Point> {
    return new Map(this.cy.nodes().map((node) => [node.id(), { ...node.position() }]));
  }

  /** Visible nodes in reading order (top to bottom, then left to right), for the arrow keys. */
  readingOrder(): string[] {
    return this.cy
      .nodes(':visible')
      .toArray()
      .sort((a, b) => Math.round(a.position('y') / 40) - Math.round(b.position('y') / 40) || a.position('x') - b.position('x'))
      .map((node) => node.id());
  }

  /** Where a node or a link's midpoint is on the page, for automation (tests) and focus rings. */
  clientPoint(id: string): Point | null {
    const element = this.cy.getElementById(id);
    if (element.empty() || !element.visible()) return null;
    const local = element.isNode() ? element.renderedPosition() : (element as cytoscape.EdgeSingular).renderedMidpoint();
    const box = this.cy.container()!.getBoundingClientRect();
    return { x: box.left + local.x, y: box.top + local.y };
  }

  /** Fits the visible graph into the window, never zooming in past MAX_FIT_ZOOM. */
  fit(animate = true): void {
    const visible = this.cy.elements(':visible');
    if (visible.empty()) return;
    this.cy.stop(true, true);
    const box = visible.boundingBox();
    const padding = 40;
    const zoom = Math.min(MAX_FIT_ZOOM, (this.cy.width() - 2 * padding) / Math.max(box.w, 1), (this.cy.height() - 2 * padding) / Math.max(box.h, 1));
    const level = Math.max(this.cy.minZoom(), zoom);
    const pan = { x: this.cy.width() / 2 - level * (box.x1 + box.w / 2), y: this.cy.height() / 2 - level * (box.y1 + box.h / 2) };
    if (animate) this.cy.animate({ zoom: level, pan }, { duration: 200 });
    else this.cy.viewport({ zoom: level, pan });
  }

  zoomBy(factor: number): void {
    const { width, height } = { width: this.cy.width(), height: this.cy.height() };
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
  }

  png(): Blob {
    return this.cy.png({ output: 'blob', full: true, scale: 2, maxWidth: 4000, maxHeight: 4000, bg: '#ffffff' });
  }

  /** New nodes go on rings around a drawn neighbour (the anchor first), each ring facing outwards. */
  private placeNear(fresh: GraphNode[], edges: GraphEdge[], placed: Map<string, Point>, anchor: string | null): void {
    const drawn = this.positions();
    const where = (id: string) => placed.get(id) ?? drawn.get(id);
    const centre = centreOf([...drawn.values()]);
    const neighbours = new Map<string, string[]>();
    for (const edge of edges) {
      neighbours.set(edge.from, [...(neighbours.get(edge.from) ?? []), edge.to]);
      neighbours.set(edge.to, [...(neighbours.get(edge.to) ?? []), edge.from]);
    }
    let pending = fresh.filter((node) => !placed.has(node.id));
    // rounds: a path's chain of new nodes grows from the drawn end, one link per round
    while (pending.length > 0) {
      const groups = new Map<string, GraphNode[]>();
      for (const node of pending) {
        const around = (neighbours.get(node.id) ?? []).filter((id) => where(id));
        const hub = anchor && around.includes(anchor) ? anchor : around[0];
        if (hub) groups.set(hub, [...(groups.get(hub) ?? []), node]);
      }
      if (groups.size === 0) break;
      for (const [hub, nodes] of groups) {
        const occupied = [...drawn.values(), ...placed.values()];
        ringPositions(where(hub)!, nodes.length, centre, occupied).forEach((p, i) => placed.set(nodes[i].id, p));
      }
      pending = pending.filter((node) => !placed.has(node.id));
    }
    // nodes with no drawn neighbour: a grid to the right of the drawing
    if (pending.length > 0) {
      const right = Math.max(...[...drawn.values(), ...placed.values()].map((p) => p.x)) + 150;
      const top = Math.min(...[...drawn.values()].map((p) => p.y));
      const columns = Math.ceil(Math.sqrt(pending.length));
      pending.forEach((node, i) => placed.set(node.id, { x: right + (i % columns) * 110, y: top + Math.floor(i / columns) * 80 }));
    }
  }

  /** Ids of the top-down layout's roots: per connected part, its highest kind, best connected first. */
  private roots(): string[] {
    const roots: string[] = [];
    for (const component of this.cy.elements(':visible').components()) {
      const nodes = component.nodes().toArray();
      const rank = (node: cytoscape.NodeSingular) => RANK.indexOf(node.data('kind') as Kind);
      const best = nodes.sort((a, b) => rank(a) - rank(b) || b.degree(false) - a.degree(false))[0];
      if (best) roots.push(best.id());
    }
    return roots;
  }

  private inView(p: Point): boolean {
    return p.x > 20 && p.y > 20 && p.x < this.cy.width() - 20 && p.y < this.cy.height() - 20;
  }
}

function displayLabel(label: string, waiting: number): string {
  const short = label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
  return waiting > 0 ? `${short} (+${waiting})` : short;
}

function nodeData(node: GraphNode) {
  const style = KIND_STYLES[node.kind];
  return { id: node.id, kind: node.kind, label: node.label, display: displayLabel(node.label, 0), color: style.color, shape: style.shape };
}

function edgeData(edge: GraphEdge) {
  return { id: edge.id, source: edge.from, target: edge.to, type: edge.type, basis: edge.evidence.basis };
}
