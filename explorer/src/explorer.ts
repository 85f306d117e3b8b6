// The explorer's state and every action on it. Each change of the drawn node set goes through
// setNodes: ask the API for those nodes and every link among them, redraw, refresh the rest.
import { Controls } from './controls';
import { renderCoverage } from './coverage-view';
import { toCsv } from './csv';
import { edgePanel, nodePanel, pathPanel, type PanelActions, type PathSteps } from './details-panel';
import { byId, h } from './dom';
import { download } from './download';
import { bindGraphKeys, bindPageKeys } from './keyboard';
import { GraphView, type ShowOptions } from './graph-view';
import { KINDS, KIND_STYLES, countOf } from './kinds';
import { renderList } from './list-view';
import { ResultsOutline } from './results-outline';
import type { GraphNode, Kind, Subgraph } from './model';
import type { Point } from './placement';
import {
  neighbourCounts,
  neighbourIds,
  nodeDetails,
  partnersSpanning,
  shortestPath,
  subgraph,
  themeTownCoverage,
  traceIds,
  type Boot,
  type Coverage,
  type NeighbourCounts,
  type NodeDetails,
  type SearchHit,
} from './queries';
import { SearchBox } from './search-box';
import { decodeState, encodeState, type LayoutName } from './url-state';
import { visibility, type Filters, type Visibility } from './visibility';

interface Snapshot {
  ids: string[];
  positions: Map<string, Point>;
}

interface HighlightedPath {
  ends: [string, string];
  count: number;
  nodeIds: string[];
  edgeIds: string[];
}

const MAX_UNDO = 50;
const MAX_ALERTS = 3;

export class Explorer implements PanelActions {
  private graph: Subgraph = { nodes: [], edges: [] };
  private counts: NeighbourCounts = new Map();
  private waiting = new Map<string, number>();
  private seen: Visibility = { hidden: new Set(), faded: new Set() };
  private filters: Filters = { hiddenKinds: new Set(), theme: null, years: null };
  private layoutName: LayoutName = 'force';
  private selected: string | null = null;
  private pathStart: string | null = null;
  private path: HighlightedPath | null = null;
  private coverage: Coverage | null = null;
  private coverageOpen = false;
  private readonly undoStack: Snapshot[] = [];
  private readonly details = new Map<string, NodeDetails>();
  private readonly view: GraphView;
  private readonly controls: Controls;
  private readonly search: SearchBox;
  private readonly outline: ResultsOutline;
  private queue: Promise<void> = Promise.resolve();
  private pending = 0;
  private lastHash = '';
  private message = '';
  private firstGraphMarked = false;

  constructor(private readonly boot: Boot) {
    this.view = new GraphView(byId('graph'), {
      select: (id) => this.select(id),
      unselect: () => this.select(null),
      expand: (id) => this.expand(id),
    });
    this.controls = new Controls(boot.years, boot.themes, {
      kinds: (hidden) => this.setFilters({ hiddenKinds: hidden }),
      theme: (theme) => this.setFilters({ theme }),
      years: (years) => this.setFilters({ years }),
    });
    this.search = new SearchBox((hit) => this.startFrom(hit), (error) => this.fail(error));
    this.wireToolbar();
    this.wireViews();
    this.wireKeys();
    // The outline "Fra strategi til resultat" owns the URL while it is open; '\0' forces a rewrite after it.
    this.outline = new ResultsOutline(boot.themes, {
      showGraph: (themeId) => {
        this.lastHash = '\0';
        this.showTrace(themeId);
      },
      closed: () => {
        this.lastHash = '\0';
        this.writeUrl();
      },
    });
    window.addEventListener('hashchange', () => {
      if (location.hash.replace(/^#/, '') !== this.lastHash) this.restore(location.hash);
    });
    // For automation (the e2e tests and the benchmark): where a node is drawn on the page.
    (window as unknown as { __explorer: object }).__explorer = { clientPoint: (id: string) => this.view.clientPoint(id) };
  }

  /** Shows what a shared link describes; unreadable parts are named, unknown ids left out. */
  restore(hash: string): void {
    // the outline's state is in the query (the graph's own may be in either); it answers first
    if (this.outline.restore(location.search)) return;
    const { state, problems } = decodeState(hash);
    const theme = this.boot.themes.some((t) => t.id === state.theme) ? state.theme : null;
    if (state.theme && !theme) problems.push(`there is no theme "${state.theme}", so all themes are shown`);
    if (problems.length > 0) this.alert(`Parts of this link could not be used: ${problems.join('; ')}.`);
    this.filters = { hiddenKinds: new Set(state.hiddenKinds), theme, years: state.years };
    this.controls.set(state.hiddenKinds, theme, state.years);
    this.filters.years = this.controls.yearRange();
    this.layoutName = state.layout;
    byId<HTMLSelectElement>('layout').value = state.layout;
    this.selected = null;
    this.path = null;
    this.enqueue(async () => {
      await this.setNodes(state.nodes, { relayout: state.layout, undo: false });
      if (state.path) await this.findPath(state.path[0], state.path[1]);
      if (state.selected && this.has(state.selected)) this.select(state.selected);
      else if (state.selected) this.alert(`The link selects "${state.selected}", which is not in its graph.`);
    });
    if (state.view === 'coverage') this.openCoverage();
    else this.closeCoverage(false);
  }

  // ---- actions (also the side panel's) ----

  open(id: string): void {
    if (this.has(id)) {
      this.select(id);
      return;
    }
    this.enqueue(async () => {
      await this.setNodes([...this.ids(), id], { anchor: this.selected });
      this.select(id);
    });
  }

  expand(id: string, kind?: Kind): void {
    this.enqueue(async () => {
      const label = this.node(id)?.label ?? id;
      const { ids, truncated } = await neighbourIds(id, kind);
      if (truncated) this.alert(`${label} has more neighbours than the API returns at once; the nearest ${ids.length} are added.`);
      const fresh = ids.filter((other) => !this.has(other));
      if (fresh.length === 0) {
        this.say(`Every ${kind ? KIND_STYLES[kind].one : 'neighbour'} of ${label} is already shown.`);
        return;
      }
      await this.setNodes([...this.ids(), ...fresh], { anchor: id });
      const hidden = fresh.filter((other) => this.seen.hidden.has(other)).length;
      this.say(`Added ${fresh.length} ${kind ? countOf(kind, fresh.length).replace(/^\d+ /, '') : fresh.length === 1 ? 'neighbour' : 'neighbours'} of ${label}` +
        (hidden > 0 ? `; ${hidden} of them are hidden by the filters.` : '.'));
    });
  }

  /** Removes the neighbours that hang on this node alone (linked to nothing else drawn). */
  collapse(id: string): void {
    this.enqueue(async () => {
      const degree = this.drawnNeighbours();
      const leaves = [...(degree.get(id) ?? [])].filter((other) => degree.get(other)?.size === 1);
      if (leaves.length === 0) {
        this.say(`Nothing to collapse: every neighbour of ${this.node(id)?.label ?? id} is linked to something else too.`);
        return;
      }
      const drop = new Set(leaves);
      await this.setNodes(this.ids().filter((other) => !drop.has(other)));
      this.say(`Collapsed ${leaves.length} ${leaves.length === 1 ? 'node' : 'nodes'}.`);
    });
  }

  remove(id: string): void {
    this.enqueue(async () => {
      const label = this.node(id)?.label ?? id;
      await this.setNodes(this.ids().filter((other) => other !== id));
      this.say(`Removed ${label}.`);
    });
  }

  undo(): void {
    this.enqueue(async () => {
      const previous = this.undoStack.pop();
      if (!previous) return;
      await this.setNodes(previous.ids, { positions: previous.positions, undo: false });
      this.say('Undone.');
    });
  }

  pathFrom(id: string): void {
    this.pathStart = id;
    this.say(`Connection from ${this.node(id)?.label ?? id}: select another node and choose “Path to here”.`);
    this.renderDetails();
  }

  pathTo(id: string): void {
    const start = this.pathStart;
    if (!start || start === id) return;
    this.enqueue(() => this.findPath(start, id));
  }

  clearPath(): void {
    this.path = null;
    this.pathStart = null;
    this.refresh();
    this.renderDetails();
  }

  select(id: string | null): void {
    this.selected = id && this.has(id) ? id : null;
    this.view.select(this.selected);
    this.refresh();
    this.renderDetails();
  }

  // ---- the one way the drawn set changes ----

  private async setNodes(ids: string[], options: ShowOptions & { undo?: boolean } = {}): Promise<void> {
    const before: Snapshot = { ids: this.ids(), positions: this.view.positions() };
    const asked = [...new Set(ids)];
    // An id the graph does not know (an old or mistyped link) comes back in `missing`: leave it out, say so, draw the rest.
    const { missing, ...graph } = await subgraph(asked);
    const wanted = asked.filter((id) => !missing.includes(id));
    const counts = await neighbourCounts(wanted);
    if (missing.length > 0) {
      this.alert(`Findes ikke i grafen og er derfor udeladt: ${missing.map((id) => `“${id}”`).join(', ')}. Linket kan være gammelt eller forkert skrevet.`);
    }
    if (options.undo !== false && before.ids.join() !== wanted.join()) {
      this.undoStack.push(before);
      if (this.undoStack.length > MAX_UNDO) this.undoStack.shift();
    }
    await this.view.show(graph, options);
    this.graph = graph;
    this.counts = counts;
    const drawn = this.drawnNeighbours();
    this.waiting = new Map(graph.nodes.map((node) => [node.id, (counts.get(node.id)?.total ?? 0) - (drawn.get(node.id)?.size ?? 0)]));
    this.view.setWaiting(this.waiting);
    if (this.selected && !this.has(this.selected)) this.selected = null;
    if (this.path && !this.path.nodeIds.every((id) => this.has(id))) this.path = null;
    if (this.pathStart && !this.has(this.pathStart)) this.pathStart = null;
    this.refresh();
    this.renderDetails();
    if (!this.firstGraphMarked && graph.nodes.length > 0) {
      // measured by bench/explorer: the mark waits for the frame that paints the first graph
      this.firstGraphMarked = true;
      requestAnimationFrame(() => performance.mark('explorer:first-graph'));
    }
  }

  private async findPath(from: string, to: string): Promise<void> {
    const answer = await shortestPath(from, to);
    if (!answer) {
      this.alert(`No connection of at most 6 links joins ${this.node(from)?.label ?? from} and ${this.node(to)?.label ?? to}.`);
      return;
    }
    await this.setNodes([...this.ids(), ...answer.nodeIds], { anchor: from });
    this.path = { ends: [from, to], count: answer.count, nodeIds: answer.nodeIds, edgeIds: answer.edgeIds };
    this.pathStart = null;
    this.refresh();
    this.renderDetails();
    this.say(`Shortest connection: ${answer.edgeIds.length} links.`);
  }

  // ---- what follows every change ----

  private setFilters(change: Partial<Filters>): void {
    this.filters = { ...this.filters, ...change };
    this.refresh();
  }

  /** Applies filters and years, and brings the list, legend counts, status and URL up to date. */
  private refresh(): void {
    this.seen = visibility(this.graph.nodes, this.graph.edges, this.filters, this.boot.facts);
    this.view.setVisibility(this.seen);
    this.view.highlight(this.path ? [...this.path.nodeIds, ...this.path.edgeIds] : []);
    renderList(byId('list-nodes'), byId('list-edges'), this.graph, this.seen, this.waiting, this.selected, {
      select: (id) => this.select(id),
      expand: (id) => this.expand(id),
      remove: (id) => this.remove(id),
    });
    const perKind = new Map<Kind, number>();
    for (const node of this.graph.nodes) perKind.set(node.kind, (perKind.get(node.kind) ?? 0) + 1);
    this.controls.showCounts(perKind);
    const shownNodes = this.graph.nodes.filter((node) => !this.seen.hidden.has(node.id)).length;
    const shownEdges = this.graph.edges.filter((edge) => !this.seen.hidden.has(edge.id)).length;
    const hiddenCount = this.graph.nodes.length - shownNodes;
    const graphElement = byId('graph');
    graphElement.dataset.nodes = String(shownNodes);
    graphElement.dataset.edges = String(shownEdges);
    graphElement.dataset.selected = this.selected ?? '';
    graphElement.dataset.path = this.path ? this.path.nodeIds.join(' ') : '';
    byId('empty-hint').hidden = this.graph.nodes.length > 0;
    byId<HTMLButtonElement>('undo').disabled = this.undoStack.length === 0;
    const counts = `${shownNodes} nodes and ${shownEdges} links shown${hiddenCount > 0 ? `, ${hiddenCount} nodes hidden by filters` : ''}.`;
    byId('status').textContent = this.message ? `${this.message} ${counts}` : counts;
    this.writeUrl();
  }

  private renderDetails(): void {
    const host = byId('details');
    const parts: HTMLElement[] = [];
    if (this.path) parts.push(pathPanel(this.pathSteps(this.path), this));
    const selected = this.selected;
    if (!selected) {
      parts.push(h('p', { class: 'hint' }, 'Select a node or a link to see its details and evidence.'));
      host.replaceChildren(...parts);
      return;
    }
    const edge = this.graph.edges.find((e) => e.id === selected);
    if (edge) {
      parts.push(edgePanel(edge, this.node(edge.from)!, this.node(edge.to)!, this));
      host.replaceChildren(...parts);
      return;
    }
    const cached = this.details.get(selected);
    if (cached) {
      host.replaceChildren(...parts, nodePanel(this.nodeContext(cached), this));
      return;
    }
    host.replaceChildren(...parts, h('p', { class: 'hint' }, 'Loading details…'));
    nodeDetails(selected).then(
      (details) => {
        this.details.set(selected, details);
        if (this.selected === selected) this.renderDetails();
      },
      (error: unknown) => this.fail(error),
    );
  }

  private nodeContext(details: NodeDetails) {
    const drawn = this.drawnNeighbours().get(details.id) ?? new Set<string>();
    const drawnPerKind = new Map<Kind, number>();
    for (const id of drawn) {
      const kind = this.node(id)!.kind;
      drawnPerKind.set(kind, (drawnPerKind.get(kind) ?? 0) + 1);
    }
    const neighbours = (this.counts.get(details.id)?.byKind ?? []).map(({ kind, count }) => ({ kind, total: count, drawn: drawnPerKind.get(kind) ?? 0 }));
    const drawnLinks = this.graph.edges
      .filter((edge) => edge.from === details.id || edge.to === details.id)
      .map((edge) => ({ edge, other: this.node(edge.from === details.id ? edge.to : edge.from)! }));
    return { details, neighbours, drawnLinks, pathStart: this.pathStart };
  }

  private pathSteps(path: HighlightedPath): PathSteps {
    const edges = new Map(this.graph.edges.map((edge) => [edge.id, edge]));
    return {
      from: this.node(path.ends[0])!,
      to: this.node(path.ends[1])!,
      count: path.count,
      steps: path.nodeIds.map((id, i) => ({ node: this.node(id)!, edge: edges.get(path.edgeIds[i]) ?? null })),
    };
  }

  private writeUrl(): void {
    if (document.body.dataset.outline === 'open') return;
    const hash = encodeState({
      nodes: this.ids(),
      selected: this.selected,
      hiddenKinds: KINDS.filter((kind) => this.filters.hiddenKinds.has(kind)),
      theme: this.filters.theme,
      years: this.filters.years ? [this.filters.years[0], this.filters.years[1]] : null,
      layout: this.layoutName,
      path: this.path?.ends ?? null,
      view: this.coverageOpen ? 'coverage' : null,
    });
    if (hash === this.lastHash) return;
    this.lastHash = hash;
    history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
  }

  // ---- ready views ----

  private startFrom(hit: SearchHit): void {
    this.enqueue(async () => {
      const { ids: around, truncated } = await neighbourIds(hit.id);
      if (truncated) this.alert(`${hit.label} has more neighbours than the API returns at once; the nearest ${around.length} are shown.`);
      await this.setNodes([hit.id, ...around], { relayout: this.layoutName });
      this.select(hit.id);
      this.say(`${hit.label} and its ${around.length} neighbours.`);
    });
  }

  private showPartners(min: number): void {
    this.enqueue(async () => {
      const spans = await partnersSpanning(min);
      if (spans.length === 0) {
        this.alert(`No partner works on ${min} or more initiatives.`);
        return;
      }
      await this.setNodes(spans.flatMap((span) => [span.partnerId, ...span.initiativeIds]), { relayout: 'force' });
      this.say(`${spans.length} ${spans.length === 1 ? 'partner works' : 'partners work'} on at least ${min} initiatives.`);
    });
  }

  private showTrace(themeId: string): void {
    this.enqueue(async () => {
      const ids = await traceIds(themeId);
      this.layoutName = 'topdown';
      byId<HTMLSelectElement>('layout').value = 'topdown';
      await this.setNodes(ids, { relayout: 'topdown' });
      this.say(`From the strategy through ${this.node(themeId)?.label ?? themeId} to its initiatives and their results.`);
    });
  }

  private openCoverage(): void {
    this.coverageOpen = true;
    byId('coverage').hidden = false;
    byId('coverage-title').focus();
    this.writeUrl();
    this.enqueue(async () => {
      this.coverage ??= await themeTownCoverage();
      renderCoverage(byId('coverage-table'), this.coverage, (ids, label) => {
        this.closeCoverage(false);
        this.enqueue(async () => {
          await this.setNodes(ids, { relayout: 'force' });
          this.say(`${label}: ${ids.length - 2} initiatives.`);
        });
      });
    });
  }

  private closeCoverage(focusButton = true): void {
    this.coverageOpen = false;
    byId('coverage').hidden = true;
    if (focusButton) byId('view-coverage').focus();
    this.writeUrl();
  }

  // ---- wiring ----

  private wireToolbar(): void {
    byId('undo').addEventListener('click', () => this.undo());
    byId('fit').addEventListener('click', () => this.view.fit());
    byId('relayout').addEventListener('click', () => this.enqueue(() => this.view.layout(this.layoutName)));
    byId<HTMLSelectElement>('layout').addEventListener('change', (event) => {
      this.layoutName = (event.target as HTMLSelectElement).value === 'topdown' ? 'topdown' : 'force';
      this.enqueue(() => this.view.layout(this.layoutName));
      this.writeUrl();
    });
    byId('clear').addEventListener('click', () => this.enqueue(() => this.setNodes([])));
    byId('export-csv').addEventListener('click', () => {
      const nodes = this.graph.nodes.filter((node) => !this.seen.hidden.has(node.id));
      const edges = this.graph.edges.filter((edge) => !this.seen.hidden.has(edge.id));
      if (nodes.length === 0) return this.alert('Nothing to export yet: the graph is empty.');
      download(new Blob([toCsv(nodes, edges)], { type: 'text/csv;charset=utf-8' }), 'fremtidens-legeplads-graph.csv');
    });
    byId('export-png').addEventListener('click', () => {
      if (this.graph.nodes.length === 0) return this.alert('Nothing to export yet: the graph is empty.');
      download(this.view.png(), 'fremtidens-legeplads-graph.png');
    });
    byId('alert-close').addEventListener('click', () => (byId('alert').hidden = true));
  }

  private wireViews(): void {
    byId('view-partners').addEventListener('submit', (event) => {
      event.preventDefault();
      const min = Number(byId<HTMLInputElement>('partners-min').value);
      if (!Number.isInteger(min) || min < 1) return this.alert('The minimum number of initiatives must be a whole number, at least 1.');
      this.showPartners(min);
    });
    byId('view-coverage').addEventListener('click', () => this.openCoverage());
    byId('coverage-close').addEventListener('click', () => this.closeCoverage());
    byId('coverage').addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.closeCoverage();
    });
    byId('view-trace').addEventListener('submit', (event) => {
      event.preventDefault();
      this.showTrace(byId<HTMLSelectElement>('trace-theme').value);
    });
  }

  private wireKeys(): void {
    bindGraphKeys(byId('graph'), {
      order: () => this.view.readingOrder(),
      selectedNode: () => (this.selected && this.node(this.selected) ? this.selected : null),
      select: (id) => this.select(id),
      expand: (id) => this.expand(id),
      collapse: (id) => this.collapse(id),
      remove: (id) => this.remove(id),
      fit: () => this.view.fit(),
      zoomBy: (factor) => this.view.zoomBy(factor),
    });
    bindPageKeys({ undo: () => this.undo(), focusSearch: () => this.search.focus() });
  }

  // ---- small helpers ----

  /** Runs actions one after another, so that two quick clicks never interleave their redraws. */
  private enqueue(task: () => Promise<void>): void {
    this.pending++;
    document.body.dataset.busy = 'true';
    this.queue = this.queue
      .then(task)
      .catch((error: unknown) => this.fail(error))
      .finally(() => {
        if (--this.pending === 0) document.body.dataset.busy = 'false';
      });
  }

  private fail(error: unknown): void {
    this.alert(error instanceof Error ? error.message : String(error));
  }

  /** Shows a message until dismissed; a few arriving together are all kept (newest last). */
  private alert(message: string): void {
    const box = byId('alert');
    const list = byId('alert-text');
    if (box.hidden) list.replaceChildren();
    list.append(h('li', {}, message));
    while (list.children.length > MAX_ALERTS) list.firstElementChild!.remove();
    box.hidden = false;
  }

  private say(message: string): void {
    this.message = message;
    this.refresh();
  }

  private has(id: string): boolean {
    return this.graph.nodes.some((node) => node.id === id) || this.graph.edges.some((edge) => edge.id === id);
  }

  private node(id: string): GraphNode | undefined {
    return this.graph.nodes.find((node) => node.id === id);
  }

  private ids(): string[] {
    return this.graph.nodes.map((node) => node.id);
  }

  /** Distinct drawn neighbours of every drawn node. */
  private drawnNeighbours(): Map<string, Set<string>> {
    const around = new Map<string, Set<string>>(this.graph.nodes.map((node) => [node.id, new Set()]));
    for (const edge of this.graph.edges) {
      around.get(edge.from)?.add(edge.to);
      around.get(edge.to)?.add(edge.from);
    }
    return around;
  }
}
