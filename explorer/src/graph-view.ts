// The drawing: a cytoscape.js canvas that shows exactly the nodes and links it is given, keeps
// the drawn ones where they are and places new ones next to the node they hang from.
import cytoscape from 'cytoscape';
import { linkName } from './i18n';
import { KIND_STYLES, sizeByLinks } from './kinds';
import { chooseLabels, type LabelBox } from './label-choice';
import type { GraphEdge, GraphNode, Kind, Subgraph } from './model';
import { RADIAL, radialTree } from './radial-tree';
import { centreOf, ringPositions, type Point } from './placement';
import type { LayoutName } from './url-state';
import type { LabelSide, Placed } from './view-positions';
import type { Visibility } from './visibility';

export interface GraphEvents {
  select(id: string): void;
  unselect(): void;
  expand(id: string): void;
  /** A node was dragged to a new place: the picture is now the user's own. */
  moved(): void;
}

export interface ShowOptions {
  /** Lay everything out afresh with this layout (a new view). */
  relayout?: LayoutName;
  /** The node new ones were reached from: they go around it. */
  anchor?: string | null;
  /** Known positions (an undo, a shared link), used before any placement; drawn nodes move to theirs too. */
  positions?: ReadonlyMap<string, Point>;
  /** Label sides of a shared link's picture. */
  sides?: ReadonlyMap<string, LabelSide>;
  /** Each node's number of links in the whole graph: its size, set before any layout. */
  links?: ReadonlyMap<string, number>;
}

const MAX_LABEL = 36;
/** Fitting a few nodes must not blow them up: labels stay at reading size. */
const MAX_FIT_ZOOM = 1.3;
/** Below this many drawn nodes there is no mental map to keep: new views are laid out afresh. */
const KEEP_POSITIONS_FROM = 3;
/** Labels are this many pixels high on the screen at every zoom; which ones show is label-choice's job. */
const LABEL_PX = 12;
const LABEL_FONT = `${LABEL_PX}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
/** The force layout's area: fixed, so that the picture never depends on the window's size. */
const FORCE_BOX = { x1: 0, y1: 0, w: 1200, h: 900 };
/** The id of the node or edge an event happened on (cytoscape types `target` as any). */
const targetId = (event: cytoscape.EventObject): string => (event.target as cytoscape.SingularElementArgument).id();

// Chain order for the top-down layout's roots: the highest kind of each component starts it.
const RANK: Kind[] = ['Strategy', 'Theme', 'Recommendation', 'Initiative', 'Result', 'Indicator', 'Town', 'Partner', 'Unit', 'Committee', 'Year'];
/** Which labels win when they would overlap: the chain's top kinds before the many results. */
const KIND_PRIORITY: Record<Kind, number> = { Strategy: 9, Theme: 8, Town: 6, Committee: 5, Recommendation: 4, Initiative: 4, Partner: 3, Unit: 3, Year: 2, Result: 1, Indicator: 1 };

function style(zoom: number): cytoscape.StylesheetJson {
  const font = LABEL_PX / zoom;
  return [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 1,
        'border-color': '#333',
        'font-size': font,
        color: '#1d1d1f',
        'text-halign': 'data(halign)' as never,
        'text-valign': 'data(valign)' as never,
        'text-margin-x': 'data(marginX)' as never,
        'text-margin-y': 'data(marginY)' as never,
        'text-wrap': 'none',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': `${1 / zoom}px`,
      },
    },
    { selector: 'node[kind = "Initiative"]', style: { height: 'data(flat)' } },
    { selector: 'node[kind = "Strategy"], node[kind = "Theme"]', style: { 'font-weight': 'bold' } },
    // a label that lost its place to a more important one (label-choice.ts); hovering brings it back
    { selector: 'node.no-label', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
    {
      selector: 'edge',
      style: {
        width: 1.4 / Math.max(zoom, 0.5),
        'line-color': '#8d8d99',
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#8d8d99',
        'arrow-scale': 0.7,
        'font-size': font * 0.9,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
      },
    },
    // Inferred links are dashed and lighter: the reader should see they are our reading, not the report's words.
    { selector: 'edge[basis = "INFERRED"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6 / zoom, 4 / zoom], 'line-color': '#b5b5c0', 'target-arrow-color': '#b5b5c0' } },
    { selector: 'edge:selected', style: { label: 'data(typeName)', width: 3.5 / Math.max(zoom, 0.5), 'line-color': '#1a5fb4', 'target-arrow-color': '#1a5fb4' } },
    // A white ring in a dark halo: visible on every kind's colour, the blue initiative and the black
    // strategy too. Like the labels, they keep their screen size (3 and 6 px): a ring that shrinks
    // with a big view's zoom would vanish on its small nodes.
    { selector: 'node:selected', style: { 'border-width': 3 / zoom, 'border-color': '#ffffff', 'underlay-color': '#111111', 'underlay-opacity': 0.9, 'underlay-padding': 6 / zoom, 'underlay-shape': 'ellipse' } as never },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#b3261e' } },
    { selector: 'edge.on-path', style: { 'line-color': '#b3261e', 'target-arrow-color': '#b3261e', width: 4 / Math.max(zoom, 0.5), 'z-index': 10 } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}

export class GraphView {
  private readonly cy: cytoscape.Core;
  private styledZoom = 1;
  private labelsPlanned = false;
  private hovered: string | null = null;
  private readonly widths = new Map<string, number>();
  private readonly measure = document.createElement('canvas').getContext('2d');
  /**
   * Whether the picture is more than a fresh layout of its nodes (nodes placed beside others,
   * dragged or taken away): only then must a shared link carry the positions.
   */
  private arranged = false;

  constructor(container: HTMLElement, events: GraphEvents) {
    this.cy = cytoscape({
      container,
      style: style(1),
      // low enough that a theme's whole chain fits a phone's width
      minZoom: 0.04,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.cy.on('tap', 'node, edge', (event) => events.select(targetId(event)));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) events.unselect();
    });
    this.cy.on('dbltap', 'node', (event) => events.expand(targetId(event)));
    this.cy.on('dragfree', 'node', () => {
      this.arranged = true;
      events.moved();
    });
    this.cy.on('viewport resize', () => this.planLabels());
    this.cy.on('mouseover', 'node', (event) => {
      this.hovered = targetId(event);
      this.planLabels();
    });
    this.cy.on('mouseout', 'node', () => {
      this.hovered = null;
      this.planLabels();
    });
  }

  /** Node size by its number of links in the whole graph (not only the drawn ones), so it never jumps. */
  setSizes(links: ReadonlyMap<string, number>): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const size = sizeByLinks(links.get(node.id()) ?? 0);
        node.data({ size, flat: Math.round(size * 0.7), links: links.get(node.id()) ?? 0 });
      });
    });
    this.planLabels();
  }

  /** Recomputes the labels once per frame, however many zoom and pan events arrive. */
  private planLabels(): void {
    if (this.labelsPlanned) return;
    this.labelsPlanned = true;
    requestAnimationFrame(() => {
      this.labelsPlanned = false;
      this.placeLabels();
    });
  }

  /** Keeps labels LABEL_PX high on the screen and shows those that fit without overlapping, by priority. */
  private placeLabels(): void {
    const zoom = this.cy.zoom();
    if (Math.abs(zoom - this.styledZoom) > 0.001) {
      this.styledZoom = zoom;
      this.cy.style(style(zoom));
    }
    const width = this.cy.width();
    const height = this.cy.height();
    const boxes: LabelBox[] = [];
    this.cy.nodes(':visible').forEach((node) => {
      const p = node.renderedPosition();
      if (p.x < -200 || p.y < -50 || p.x > width + 200 || p.y > height + 50) return;
      const text = node.data('display') as string;
      const w = this.textWidth(text) + 4;
      const h = LABEL_PX + 4;
      const r = ((node.data('size') as number) * zoom) / 2;
      const halign = node.data('halign') as string;
      let x1: number;
      let y1: number;
      if (halign === 'right') [x1, y1] = [p.x + r + 4, p.y - h / 2];
      else if (halign === 'left') [x1, y1] = [p.x - r - 4 - w, p.y - h / 2];
      else [x1, y1] = [p.x - w / 2, p.y + r + 2];
      const id = node.id();
      const priority =
        (id === this.hovered ? 1000 : 0) + (node.selected() ? 500 : 0) + (node.hasClass('on-path') ? 200 : 0) + (node.hasClass('faded') ? -50 : 0) +
        KIND_PRIORITY[node.data('kind') as Kind] * 10 + Math.min(9, Math.sqrt((node.data('links') as number) ?? 0));
      // a label cut by the canvas's edge is not legible: it waits until panning brings it in
      if (x1 < 0 || y1 < 0 || x1 + w > width || y1 + h > height) return;
      boxes.push({ id, priority, x1, y1, x2: x1 + w, y2: y1 + h });
    });
    const shown = chooseLabels(boxes);
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        node.toggleClass('no-label', !shown.has(node.id()));
      });
    });
    this.cy.container()!.dataset.labels = String(shown.size);
  }

  private textWidth(text: string): number {
    let width = this.widths.get(text);
    if (width === undefined) {
      if (this.measure) this.measure.font = LABEL_FONT;
      width = this.measure ? this.measure.measureText(text).width : text.length * 6.5;
      this.widths.set(text, width);
    }
    return width;
  }

  /** No viewport animation runs and no label plan waits for its frame: what is drawn now stays (for automation). */
  settled(): boolean {
    return !this.labelsPlanned && !this.cy.animated();
  }

  /** Label boxes of the shown labels on the screen, for automation: the e2e tests check that none overlap. */
  shownLabelBoxes(): { id: string; x1: number; y1: number; x2: number; y2: number }[] {
    return this.cy
      .nodes(':visible')
      .filter((node) => !node.hasClass('no-label'))
      .map((node) => {
        const box = node.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false });
        const zoom = this.cy.zoom();
        const pan = this.cy.pan();
        return { id: node.id(), x1: box.x1 * zoom + pan.x, y1: box.y1 * zoom + pan.y, x2: box.x2 * zoom + pan.x, y2: box.y2 * zoom + pan.y };
      });
  }

  /** Makes the drawing hold exactly `graph`; resolves when new positions are settled. */
  async show(graph: Subgraph, options: ShowOptions = {}): Promise<void> {
    const wanted = new Set([...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)]);
    const gone = this.cy.nodes().filter((node) => !wanted.has(node.id()));
    if (gone.nonempty()) this.arranged = true;
    this.cy.elements().filter((element) => !wanted.has(element.id())).remove();
    const fresh = graph.nodes.filter((node) => this.cy.getElementById(node.id).empty());
    const placed = new Map<string, Point>();
    for (const node of fresh) {
      const known = options.positions?.get(node.id);
      if (known) placed.set(node.id, known);
    }
    if (options.positions) {
      this.arranged = true;
      this.cy.nodes().forEach((node) => {
        const known = options.positions?.get(node.id());
        if (known) node.position({ ...known });
      });
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
    if (options.sides) {
      const sides = options.sides;
      this.cy.batch(() => this.cy.nodes().forEach((node) => void node.data(sideData(sides.get(node.id()) ?? 'below'))));
    }
    if (options.links) this.setSizes(options.links);
    const unplaced = fresh.some((node) => !placed.has(node.id));
    if (!relayout && fresh.length > 0 && this.cy.nodes().length > fresh.length) this.arranged = true;
    if (relayout || (unplaced && this.cy.nodes().length === fresh.length)) {
      await this.layout(relayout ?? 'force', false);
    } else if (fresh.length > 0 && !options.positions) {
      this.fit();
    }
    this.planLabels();
  }

  /** Lays out every visible node; top-down puts strategy, themes, initiatives and results in rows. */
  async layout(name: LayoutName, animate = true): Promise<void> {
    const visible = this.cy.elements(':visible');
    if (visible.empty()) return;
    let options: cytoscape.LayoutOptions;
    if (name === 'topdown') {
      const nodes = visible.nodes();
      const { positions, angles } = radialTree(
        nodes.map((node) => node.id()),
        visible.edges().map((edge) => ({ from: edge.source().id(), to: edge.target().id() })),
        this.roots(),
        { ...RADIAL, sizeOf: (id) => (this.cy.getElementById(id).data('size') as number) ?? 24 },
      );
      // labels point outwards: right of the nodes on the right half, left on the left half
      this.cy.batch(() => nodes.forEach((node) => void node.data(labelSide(angles.get(node.id()) ?? null, positions.get(node.id())))));
      options = { name: 'preset', positions: Object.fromEntries(positions), fit: false, animate, animationDuration: 300 };
    } else {
      this.cy.batch(() => visible.nodes().forEach((node) => void node.data(labelSide(null))));
      // Start from a circle in id order instead of cose's random start, in a fixed area instead
      // of the window's: the same shared link then draws the same picture on every screen.
      const nodes = visible.nodes().sort((a, b) => (a.id() < b.id() ? -1 : 1));
      const radius = 40 * Math.sqrt(nodes.length) + 40;
      nodes.forEach((node, i) => {
        const angle = (2 * Math.PI * i) / nodes.length;
        node.position({ x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
      });
      options = {
        name: 'cose', animate, fit: false, randomize: false, nodeDimensionsIncludeLabels: false, boundingBox: FORCE_BOX,
        idealEdgeLength: () => 90, nodeRepulsion: () => 14000, numIter: 1000,
      };
    }
    const layout = visible.layout(options);
    const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    await done;
    this.arranged = false;
    this.fit(animate);
    this.planLabels();
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
    this.planLabels();
  }

  select(id: string | null): void {
    this.cy.elements(':selected').unselect();
    if (!id) return;
    const element = this.cy.getElementById(id);
    if (element.empty()) return;
    element.select();
    this.planLabels();
    // keep the selection in view when it was chosen from the keyboard or the list
    if (element.isNode() && !this.inView(element.renderedPosition())) this.cy.animate({ center: { eles: element } }, { duration: 200 });
  }

  positions(): Map<string, Point> {
    return new Map(this.cy.nodes().map((node) => [node.id(), { ...node.position() }]));
  }

  /** The arranged picture of these nodes, for a shared link; null when a fresh layout draws it anyway. */
  picture(ids: readonly string[]): Placed[] | null {
    if (!this.arranged) return null;
    const nodes = ids.map((id) => this.cy.getElementById(id));
    if (nodes.some((node) => node.empty())) return null;
    return nodes.map((node) => ({ ...node.position(), side: sideOf(node.data('halign') as string) }));
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
    const box = visible.boundingBox({ includeLabels: false });
    // room at the sides for the labels, which stand beside the nodes and keep their screen size
    const padX = Math.min(160, this.cy.width() * 0.2);
    const padY = 30;
    const zoom = Math.min(MAX_FIT_ZOOM, (this.cy.width() - 2 * padX) / Math.max(box.w, 1), (this.cy.height() - 2 * padY) / Math.max(box.h, 1));
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

  /**
   * Ids of the chain layout's roots: per connected part, the best-linked node of its top kinds
   * (strategy, theme, recommendation, initiative), so a theme's chain turns around the theme.
   */
  private roots(): string[] {
    const roots: string[] = [];
    const top = new Set<Kind>(['Strategy', 'Theme', 'Recommendation', 'Initiative']);
    for (const component of this.cy.elements(':visible').components()) {
      const nodes = component.nodes().toArray();
      const rank = (node: cytoscape.NodeSingular) => RANK.indexOf(node.data('kind') as Kind);
      const candidates = nodes.filter((node) => top.has(node.data('kind') as Kind));
      const pool = candidates.length > 0 ? candidates : nodes;
      const best = pool.sort((a, b) => b.degree(false) - a.degree(false) || rank(a) - rank(b) || (a.id() < b.id() ? -1 : 1))[0];
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

/** Where a node's label goes: outwards from the chain's centre, or below the node. */
function labelSide(angle: number | null, at?: Point) {
  if (angle === null || !at || Math.hypot(at.x, at.y) < 1) return { halign: 'center', valign: 'bottom', marginX: 0, marginY: 3 };
  const right = Math.cos(angle) >= 0;
  return { halign: right ? 'right' : 'left', valign: 'center', marginX: right ? 4 : -4, marginY: 0 };
}

const sideOf = (halign: string): LabelSide => (halign === 'right' ? 'right' : halign === 'left' ? 'left' : 'below');

function sideData(side: LabelSide) {
  if (side === 'below') return labelSide(null);
  return { halign: side, valign: 'center', marginX: side === 'right' ? 4 : -4, marginY: 0 };
}

function nodeData(node: GraphNode) {
  const style = KIND_STYLES[node.kind];
  return {
    id: node.id, kind: node.kind, label: node.label, display: displayLabel(node.label, 0), color: style.color, shape: style.shape,
    size: 24, flat: 18, links: 0, ...labelSide(null),
  };
}

function edgeData(edge: GraphEdge) {
  return { id: edge.id, source: edge.from, target: edge.to, type: edge.type, typeName: linkName(edge.type), basis: edge.evidence.basis };
}
