// The explorer's state and every action on it. Each change of the drawn node set goes through
// setNodes: ask the API for those nodes and every link among them, redraw, refresh the rest.
import { Controls } from './controls';
import { renderCoverage } from './coverage-view';
import { linksCsv, nodesCsv } from './csv';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { composePng } from './png-export';
import { edgePanel, nodePanel, pathPanel, type PathActions, type PathSteps } from './details-panel';
import { setReportHooks } from './report-passage';
import { byId, h } from './dom';
import { download } from './download';
import { bindGraphKeys, bindPageKeys } from './keyboard';
import { GraphView, type ShowOptions } from './graph-view';
import { countOf, kindName, lang, num, pick } from './i18n';
import { KINDS } from './kinds';
import { renderList } from './list-view';
import { ResultsOutline } from './results-outline';
import type { GraphNode, Kind, Subgraph } from './model';
import type { Point } from './placement';
import {
  neighbourCounts,
  neighbourIds,
  nodeDetails,
  partnersSpanning,
  shortestPaths,
  subgraph,
  themeTownCoverage,
  traceIds,
  type Boot,
  type Coverage,
  type NeighbourCounts,
  type NodeDetails,
  timeline,
  resultsOfInitiatives,
  type PathAnswer,
  type Timeline,
} from './queries';
import { filterTimeline } from './timeline-filter';
import { renderTimeline } from './timeline-view';
import { SearchBox, type SearchChoice } from './search-box';
import type { RankedHit } from './search-rank';
import { decodeState, encodeState, isStateHash, type LayoutName } from './url-state';
import { visibility, type Filters, type Visibility } from './visibility';
import { decodePositions, encodePositions } from './view-positions';

interface Snapshot {
  ids: string[];
  positions: Map<string, Point>;
}

interface HighlightedPath {
  ends: [string, string];
  /** Every equally short path the API gave, and which one is drawn. */
  all: PathAnswer[];
  index: number;
  /** Every shortest path the API found, and the link types the user excluded from them. */
  found: PathAnswer[];
  excluded: string[];
  nodeIds: string[];
  edgeIds: string[];
  /** Nodes that were drawn only because of this path. */
  added: string[];
}

const MAX_UNDO = 50;
const MAX_ALERTS = 3;

export class Explorer implements PathActions {
  private graph: Subgraph = { nodes: [], edges: [] };
  private counts: NeighbourCounts = new Map();
  private waiting = new Map<string, number>();
  private seen: Visibility = { hidden: new Set(), faded: new Set() };
  private filters: Filters = { hiddenKinds: new Set(), theme: null, years: null, statedOnly: false };
  /** What each node's last expand added, so that collapse takes exactly that away again. */
  private readonly expanded = new Map<string, string[]>();
  /** The theme chain this view grew from, if any: the link then names it instead of its ~200 ids. */
  private origin: { chain: string; ids: Set<string> } | null = null;
  private layoutName: LayoutName = 'force';
  private selected: string | null = null;
  private pathStart: string | null = null;
  private path: HighlightedPath | null = null;
  private coverage: Coverage | null = null;
  private coverageOpen = false;
  private timelineOpen = false;
  private timelineData: { years: Timeline; owners: Map<string, string[]>; undatedResults: { id: string; label: string }[] } | null = null;
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
      moved: () => this.writeUrl(),
    });
    this.controls = new Controls(boot.years, boot.themes, { towns: boot.towns, committees: boot.committees }, {
      kinds: (hidden) => this.setFilters({ hiddenKinds: hidden }),
      theme: (theme) => this.setFilters({ theme }),
      town: (town) => this.setFilters({ town }),
      committee: (committee) => this.setFilters({ committee }),
      years: (years) => this.setFilters({ years }),
      statedOnly: (statedOnly) => this.setFilters({ statedOnly }),
    });
    this.search = new SearchBox(boot.names, () => this.graph.nodes.length > 0, (hit, how) => this.fromSearch(hit, how), (error) => this.fail(error));
    this.wireStart();
    this.wireFolds();
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
    // An old link's view in the hash is still read; an in-page anchor (#list-view) never is.
    window.addEventListener('hashchange', () => {
      if (isStateHash(location.hash)) this.restore(location.hash);
    });
    setReportHooks({ open: (id) => this.open(id) });
    // For automation (the e2e tests and the benchmark): where a node is drawn, and its label boxes.
    (window as unknown as { __explorer: object }).__explorer = {
      clientPoint: (id: string) => this.view.clientPoint(id),
      labelBoxes: () => this.view.shownLabelBoxes(),
      positions: () => Object.fromEntries(this.view.positions()),
      settled: () => this.pending === 0 && this.view.settled(),
    };
  }

  /** Shows what a shared link describes (its query, or an old link's hash); unreadable parts are named, unknown ids left out. */
  restore(query: string): void {
    // the outline's state is in the query too; it answers first
    if (this.outline.restore(location.search)) return;
    const { state, problems } = decodeState(query);
    const theme = this.boot.themes.some((t) => t.id === state.theme) ? state.theme : null;
    if (state.theme && !theme) problems.push(pick(`der er intet tema »${state.theme}«, så alle temaer vises`, `there is no theme "${state.theme}", so all themes are shown`));
    const town = this.boot.towns.some((t) => t.id === state.town) ? state.town : null;
    const committee = this.boot.committees.some((c) => c.id === state.committee) ? state.committee : null;
    if (state.town && !town) problems.push(pick(`der er ingen by »${state.town}«, så alle byer vises`, `there is no town "${state.town}", so all towns are shown`));
    if (state.committee && !committee) problems.push(pick(`der er intet udvalg »${state.committee}«, så alle udvalg vises`, `there is no committee "${state.committee}", so all committees are shown`));
    if (problems.length > 0) this.alert(`${pick('Dele af linket kunne ikke bruges', 'Parts of this link could not be used')}: ${problems.join('; ')}.`);
    this.filters = { hiddenKinds: new Set(state.hiddenKinds), theme, years: state.years, statedOnly: state.statedOnly, town, committee };
    this.controls.set(state.hiddenKinds, theme, state.years, town, committee);
    this.filters.years = this.controls.yearRange();
    this.layoutName = state.layout;
    byId<HTMLSelectElement>('layout').value = state.layout;
    this.selected = null;
    this.path = null;
    this.origin = null;
    this.enqueue(async () => {
      let ids = state.nodes;
      if (state.chain) {
        const chain = await traceIds(state.chain).catch((error: unknown) => {
          this.fail(error);
          return [] as string[];
        });
        if (chain.length > 0) this.origin = { chain: state.chain, ids: new Set(chain) };
        const drop = new Set(state.drop);
        ids = [...chain, ...state.nodes].filter((id) => !drop.has(id));
      }
      ids = [...new Set(ids)];
      const picture = state.pos ? decodePositions(state.pos, ids.length) : null;
      if (state.pos && !picture) this.alert(pick('Linkets placeringer passer ikke til dets knuder, så grafen er lagt ud på ny.', 'The link’s positions do not fit its nodes, so the graph is laid out afresh.'));
      if (picture) {
        // the sender's own arrangement: every node where it stood, the picture fitted to this window
        const positions = new Map(ids.map((id, i) => [id, { x: picture[i].x, y: picture[i].y }]));
        await this.setNodes(ids, { positions, sides: new Map(ids.map((id, i) => [id, picture[i].side])), undo: false });
        this.view.fit(false);
      } else {
        await this.setNodes(ids, { relayout: state.layout, undo: false });
      }
      if (state.path) await this.findPath(state.path[0], state.path[1]);
      if (state.selected && this.has(state.selected)) this.select(state.selected);
      else if (state.selected) this.alert(pick(`Linket vælger »${state.selected}«, som ikke er i dets graf.`, `The link selects "${state.selected}", which is not in its graph.`));
    });
    if (state.view === 'coverage') this.openCoverage();
    else this.closeCoverage(false);
    if (state.view === 'timeline') this.openTimeline();
    else this.closeTimeline(false);
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
      if (truncated) this.alert(pick(`${label} har flere naboer, end API'et giver på én gang; de nærmeste ${num(ids.length)} er tilføjet.`, `${label} has more neighbours than the API returns at once; the nearest ${ids.length} are added.`));
      const fresh = ids.filter((other) => !this.has(other));
      if (fresh.length === 0) {
        this.say(pick(`Alle naboer af typen ${kind ? kindName(kind) : 'nabo'} til ${label} vises allerede.`, `Every ${kind ? kindName(kind) : 'neighbour'} of ${label} is already shown.`));
        return;
      }
      await this.setNodes([...this.ids(), ...fresh], { anchor: id });
      this.expanded.set(id, [...(this.expanded.get(id) ?? []), ...fresh]);
      const hidden = fresh.filter((other) => this.seen.hidden.has(other)).length;
      const what = kind ? countOf(kind, fresh.length) : `${num(fresh.length)} ${fresh.length === 1 ? pick('nabo', 'neighbour') : pick('naboer', 'neighbours')}`;
      this.say(pick(`Tilføjede ${what} til ${label}`, `Added ${what} of ${label}`) +
        (hidden > 0 ? pick(`; ${num(hidden)} af dem er skjult af filtrene.`, `; ${hidden} of them are hidden by the filters.`) : '.'));
    });
  }

  /**
   * The inverse of expand: takes away what this node's expands added (those still drawn, except
   * a selected node or a path's). A node never expanded here loses the neighbours that hang on it alone.
   */
  collapse(id: string): void {
    this.enqueue(async () => {
      const drop = new Set(this.collapsible(id));
      if (drop.size === 0) {
        this.say(pick(`Intet at folde sammen ved ${this.node(id)?.label ?? id}.`, `Nothing to collapse at ${this.node(id)?.label ?? id}.`));
        return;
      }
      this.expanded.delete(id);
      await this.setNodes(this.ids().filter((other) => !drop.has(other)));
      this.say(pick(`Foldede ${num(drop.size)} ${drop.size === 1 ? 'knude' : 'knuder'} sammen.`, `Collapsed ${drop.size} ${drop.size === 1 ? 'node' : 'nodes'}.`));
    });
  }

  private collapsible(id: string): string[] {
    const keep = new Set([id, ...(this.path?.nodeIds ?? []), ...(this.pathStart ? [this.pathStart] : [])]);
    const added = this.expanded.get(id);
    if (added) return added.filter((other) => this.has(other) && !keep.has(other));
    const degree = this.drawnNeighbours();
    return [...(degree.get(id) ?? [])].filter((other) => degree.get(other)?.size === 1 && !keep.has(other));
  }

  remove(id: string): void {
    this.enqueue(async () => {
      const label = this.node(id)?.label ?? id;
      await this.setNodes(this.ids().filter((other) => other !== id));
      this.say(pick(`Fjernede ${label}.`, `Removed ${label}.`));
    });
  }

  undo(): void {
    this.enqueue(async () => {
      const previous = this.undoStack.pop();
      if (!previous) return;
      await this.setNodes(previous.ids, { positions: previous.positions, undo: false });
      this.say(pick('Fortrudt.', 'Undone.'));
    });
  }

  pathFrom(id: string): void {
    this.pathStart = id;
    this.say(pick(
      `Sti fra ${this.node(id)?.label ?? id}: vælg en anden knude – eller søg den frem og »Tilføj« den – og vælg »Sti hertil«.`,
      `Path from ${this.node(id)?.label ?? id}: select another node – or search for it and “Add” it – and choose “Path to here”.`,
    ));
    this.renderDetails();
  }

  pathTo(id: string): void {
    const start = this.pathStart;
    if (!start || start === id) return;
    this.enqueue(() => this.findPath(start, id));
  }

  /** Draws the next (or previous) of the equally short paths. */
  stepPath(delta: number): void {
    const path = this.path;
    if (!path || path.all.length < 2) return;
    this.enqueue(() => this.showPath(path.ends, path.found, path.excluded, (path.index + delta + path.all.length) % path.all.length));
  }

  /** Leaves out (or lets back in) the equally short paths that use a kind of link, e.g. "nævner". */
  excludeLinkType(type: string, excluded: boolean): void {
    const path = this.path;
    if (!path) return;
    const next = excluded ? [...new Set([...path.excluded, type])] : path.excluded.filter((t) => t !== type);
    if (!path.found.some((answer) => !answer.types.some((t) => next.includes(t)))) {
      this.alert(pick(
        `Alle ${num(path.found.length)} lige korte forbindelser bruger de udeladte typer; vælg færre at udelade.`,
        `All ${path.found.length} equally short connections use the excluded types; exclude fewer.`,
      ));
      this.renderDetails();
      return;
    }
    this.enqueue(() => this.showPath(path.ends, path.found, next, 0));
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
      this.alert(pick(
        `Findes ikke i grafen og er derfor udeladt: ${missing.map((id) => `“${id}”`).join(', ')}. Linket kan være gammelt eller forkert skrevet.`,
        `Not in the graph, so left out: ${missing.map((id) => `“${id}”`).join(', ')}. The link may be old or mistyped.`,
      ));
    }
    if (options.undo !== false && before.ids.join() !== wanted.join()) {
      this.undoStack.push(before);
      if (this.undoStack.length > MAX_UNDO) this.undoStack.shift();
    }
    await this.view.show(graph, { ...options, links: new Map([...counts].map(([id, count]) => [id, count.total])) });
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
    const answers = await shortestPaths(from, to);
    if (answers.length === 0) {
      this.alert(pick(
        `Ingen forbindelse på højst 6 led forbinder ${this.node(from)?.label ?? from} og ${this.node(to)?.label ?? to}.`,
        `No connection of at most 6 links joins ${this.node(from)?.label ?? from} and ${this.node(to)?.label ?? to}.`,
      ));
      return;
    }
    await this.showPath([from, to], answers, [], 0);
  }

  private async showPath(ends: [string, string], found: PathAnswer[], excluded: string[], index: number): Promise<void> {
    const all = found.filter((answer) => !answer.types.some((type) => excluded.includes(type)));
    const answer = all[index];
    // stepping to another path takes away the nodes only the previous one brought
    const dropped = new Set(this.path?.added ?? []);
    const keep = this.ids().filter((id) => !dropped.has(id));
    const added = answer.nodeIds.filter((id) => !keep.includes(id));
    await this.setNodes([...keep, ...answer.nodeIds], { anchor: ends[0] });
    this.path = { ends, all, index, found, excluded, nodeIds: answer.nodeIds, edgeIds: answer.edgeIds, added };
    this.pathStart = null;
    this.refresh();
    this.renderDetails();
    this.say(pick(`Korteste forbindelse: ${num(answer.edgeIds.length)} led.`, `Shortest connection: ${answer.edgeIds.length} links.`));
  }

  // ---- what follows every change ----

  private setFilters(change: Partial<Filters>): void {
    this.filters = { ...this.filters, ...change };
    this.refresh();
    this.renderTimeline();
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
    // the legend counts what the filters leave shown
    const perKind = new Map<Kind, number>();
    for (const node of this.graph.nodes) if (!this.seen.hidden.has(node.id)) perKind.set(node.kind, (perKind.get(node.kind) ?? 0) + 1);
    this.controls.showCounts(perKind);
    this.controls.showUndated(this.graph.nodes.filter((node) => node.kind === 'Initiative' && !this.seen.hidden.has(node.id) && (this.boot.facts.years.get(node.id) ?? []).length === 0).length);
    const shownEdgeList = this.graph.edges.filter((edge) => !this.seen.hidden.has(edge.id));
    const types = new Map<string, number>();
    for (const edge of shownEdgeList) types.set(edge.type, (types.get(edge.type) ?? 0) + 1);
    const stated = shownEdgeList.filter((edge) => edge.evidence.basis === 'STATED').length;
    this.controls.showLinks(types, stated, shownEdgeList.length - stated, this.filters.statedOnly ?? false);
    const shownNodes = this.graph.nodes.filter((node) => !this.seen.hidden.has(node.id)).length;
    const shownEdges = shownEdgeList.length;
    const hiddenCount = this.graph.nodes.length - shownNodes;
    const graphElement = byId('graph');
    graphElement.dataset.nodes = String(shownNodes);
    graphElement.dataset.edges = String(shownEdges);
    graphElement.dataset.selected = this.selected ?? '';
    graphElement.dataset.path = this.path ? this.path.nodeIds.join(' ') : '';
    graphElement.dataset.pathStart = this.pathStart ?? '';
    byId('empty-hint').hidden = this.graph.nodes.length > 0;
    byId<HTMLButtonElement>('undo').disabled = this.undoStack.length === 0;
    const counts = pick(
      `${num(shownNodes)} knuder og ${num(shownEdges)} forbindelser vises${hiddenCount > 0 ? `, ${num(hiddenCount)} knuder skjult af filtrene` : ''}.`,
      `${shownNodes} nodes and ${shownEdges} links shown${hiddenCount > 0 ? `, ${hiddenCount} nodes hidden by filters` : ''}.`,
    );
    byId('status').textContent = this.message ? `${this.message} ${counts}` : counts;
    this.writeUrl();
  }

  private renderDetails(): void {
    const host = byId('details');
    const parts: HTMLElement[] = [];
    if (this.path) parts.push(pathPanel(this.pathSteps(this.path), this));
    const selected = this.selected;
    if (!selected) {
      parts.push(h('p', { class: 'hint' }, pick('Vælg en knude eller en forbindelse for at se detaljer og belæg.', 'Select a node or a link to see its details and evidence.')));
      if (this.pathStart) parts.push(h('p', { class: 'path-start' }, `${pick('Stiens første ende', 'The path’s first end')}: ${this.node(this.pathStart)?.label ?? this.pathStart}`));
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
    host.replaceChildren(...parts, h('p', { class: 'hint' }, pick('Henter detaljer…', 'Loading details…')));
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
    const pathStart = this.pathStart ? { id: this.pathStart, label: this.node(this.pathStart)?.label ?? this.pathStart } : null;
    return { details, neighbours, drawnLinks, pathStart, canCollapse: this.collapsible(details.id).length > 0 };
  }

  private pathSteps(path: HighlightedPath): PathSteps {
    const edges = new Map(this.graph.edges.map((edge) => [edge.id, edge]));
    return {
      from: this.node(path.ends[0])!,
      to: this.node(path.ends[1])!,
      count: path.all.length,
      index: path.index,
      types: [...new Set(path.found.flatMap((answer) => answer.types))].sort().map((type) => ({ type, excluded: path.excluded.includes(type) })),
      steps: path.nodeIds.map((id, i) => ({ node: this.node(id)!, edge: edges.get(path.edgeIds[i]) ?? null })),
    };
  }

  private stateQuery(): string {
    // a view grown from a chain is told as the chain and its changes, when that is shorter
    const ids = this.ids();
    let nodes = ids;
    let chain: string | null = null;
    let drop: string[] = [];
    if (this.origin) {
      const here = new Set(ids);
      const added = ids.filter((id) => !this.origin!.ids.has(id));
      const dropped = [...this.origin.ids].filter((id) => !here.has(id));
      if (added.length + dropped.length < ids.length) [nodes, chain, drop] = [added, this.origin.chain, dropped];
    }
    // the positions go in the order the link rebuilds the view: the chain's (less the dropped), then the nodes
    const order = chain ? [...this.origin!.ids].filter((id) => !drop.includes(id)).concat(nodes) : nodes;
    const picture = this.view.picture([...new Set(order)]);
    return encodeState({
      chain,
      drop,
      nodes,
      selected: this.selected,
      hiddenKinds: KINDS.filter((kind) => this.filters.hiddenKinds.has(kind)),
      theme: this.filters.theme,
      town: this.filters.town ?? null,
      committee: this.filters.committee ?? null,
      years: this.filters.years ? [this.filters.years[0], this.filters.years[1]] : null,
      layout: this.layoutName,
      path: this.path?.ends ?? null,
      view: this.coverageOpen ? 'coverage' : this.timelineOpen ? 'timeline' : null,
      lang: lang(),
      statedOnly: this.filters.statedOnly ?? false,
      pos: picture ? encodePositions(picture) : null,
    });
  }

  /** The view goes into the query; the hash is left to in-page anchors (an old view hash is dropped). */
  private writeUrl(): void {
    if (document.body.dataset.outline === 'open') return;
    const query = this.stateQuery();
    const hash = isStateHash(location.hash) ? '' : location.hash;
    if (query === this.lastHash && !isStateHash(location.hash)) return;
    this.lastHash = query;
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${hash}`);
    const other = encodeState({ ...decodeState(query).state, lang: lang() === 'da' ? 'en' : 'da' });
    byId<HTMLAnchorElement>('lang-toggle').href = `${location.pathname}${other ? `?${other}` : ''}`;
  }

  // ---- ready views ----

  /** A search hit: "add" puts it into the drawn graph (keeping a chosen path end), "new" starts from it and its neighbours. */
  private fromSearch(hit: RankedHit, how: SearchChoice): void {
    if (how === 'add' && this.graph.nodes.length > 0) {
      this.enqueue(async () => {
        if (this.has(hit.id)) {
          this.select(hit.id);
          this.say(pick(`${hit.label} er allerede i grafen og er nu valgt.`, `${hit.label} is already in the graph and is now selected.`));
        } else {
          await this.setNodes([...this.ids(), hit.id], { anchor: this.selected });
          this.select(hit.id);
          this.say(pick(`${hit.label} er føjet til grafen.`, `${hit.label} was added to the graph.`));
        }
        byId('graph').focus();
      });
      return;
    }
    this.enqueue(async () => {
      const { ids: around, truncated } = await neighbourIds(hit.id);
      if (truncated) this.alert(pick(`${hit.label} har flere naboer, end API'et giver på én gang; de nærmeste ${num(around.length)} vises.`, `${hit.label} has more neighbours than the API returns at once; the nearest ${around.length} are shown.`));
      await this.setNodes([hit.id, ...around], { relayout: this.layoutName });
      this.select(hit.id);
      this.say(pick(`${hit.label} og dets ${num(around.length)} naboer.`, `${hit.label} and its ${around.length} neighbours.`));
      byId('graph').focus();
    });
  }

  private showPartners(min: number): void {
    this.enqueue(async () => {
      const spans = await partnersSpanning(min);
      if (spans.length === 0) {
        this.alert(pick(`Ingen organisation er med i ${num(min)} eller flere initiativer.`, `No partner works on ${min} or more initiatives.`));
        return;
      }
      await this.setNodes(spans.flatMap((span) => [span.partnerId, ...span.initiativeIds]), { relayout: 'force' });
      this.say(pick(`${num(spans.length)} ${spans.length === 1 ? 'organisation er' : 'organisationer er'} med i mindst ${num(min)} initiativer.`, `${spans.length} ${spans.length === 1 ? 'partner works' : 'partners work'} on at least ${min} initiatives.`));
    });
  }

  private showTrace(themeId: string): void {
    this.enqueue(async () => {
      const ids = await traceIds(themeId);
      this.origin = { chain: themeId, ids: new Set(ids) };
      this.layoutName = 'topdown';
      byId<HTMLSelectElement>('layout').value = 'topdown';
      await this.setNodes(ids, { relayout: 'topdown' });
      const theme = this.node(themeId)?.label ?? themeId;
      this.say(pick(`Fra strategien gennem ${theme} til dets initiativer og deres resultater.`, `From the strategy through ${theme} to its initiatives and their results.`));
    });
  }

  private openCoverage(): void {
    this.coverageOpen = true;
    byId('coverage').hidden = false;
    byId('coverage-title').focus();
    this.writeUrl();
    this.enqueue(async () => {
      this.coverage ??= await themeTownCoverage();
      renderCoverage(byId('coverage-table'), this.coverage, this.boot.facts, (ids, label) => {
        this.closeCoverage(false);
        this.enqueue(async () => {
          const initiatives = ids.filter((id) => this.boot.facts.themes.has(id)).length;
          await this.setNodes(ids, { relayout: 'force' });
          this.say(`${label}: ${countOf('Initiative', initiatives)}.`);
        });
      });
    });
  }

  private openTimeline(): void {
    this.timelineOpen = true;
    byId('timeline').hidden = false;
    byId('timeline-title').focus();
    this.writeUrl();
    this.enqueue(async () => {
      if (!this.timelineData) {
        const [years, owned] = await Promise.all([timeline(), resultsOfInitiatives()]);
        const owners = new Map<string, string[]>();
        for (const initiative of owned) for (const { node } of initiative.results) owners.set(node.id, [...(owners.get(node.id) ?? []), initiative.id]);
        const undatedResults = owned.flatMap((initiative) => initiative.results.map((edge) => edge.node)).filter((result) => result.year === null);
        this.timelineData = { years, owners, undatedResults: [...new Map(undatedResults.map((r) => [r.id, { id: r.id, label: r.label }])).values()] };
      }
      this.renderTimeline();
    });
  }

  /** Draws the open timeline under the graph's filters: theme, town, committee, shown kinds and years. */
  private renderTimeline(): void {
    const data = this.timelineData;
    if (!this.timelineOpen || !data) return;
    const facts = this.boot.facts;
    const { theme, town, committee, years, hiddenKinds } = this.filters;
    const keep = (id: string) =>
      (!theme || (facts.themes.get(id) ?? []).includes(theme)) &&
      (!town || (facts.towns.get(id) ?? []).includes(town)) &&
      (!committee || (facts.committees?.get(id) ?? []).includes(committee));
    const undatedInitiatives = this.boot.names.filter((n) => n.kind === 'Initiative' && (facts.years.get(n.id) ?? []).length === 0);
    const shown = filterTimeline(data.years, data.owners, { initiatives: undatedInitiatives, results: data.undatedResults }, {
      keep,
      years,
      initiatives: !hiddenKinds.has('Initiative'),
      results: !hiddenKinds.has('Result'),
    });
    const label = (list: { id: string; label: string }[], id: string | null | undefined) => list.find((item) => item.id === id)?.label ?? id;
    const active = [
      theme ? `${pick('tema', 'theme')} ${label(this.boot.themes, theme)}` : null,
      town ? `${pick('by', 'town')} ${label(this.boot.towns, town)}` : null,
      committee ? `${pick('udvalg', 'committee')} ${label(this.boot.committees, committee)}` : null,
      years ? `${pick('år', 'years')} ${years[0] === years[1] ? years[0] : `${years[0]}–${years[1]}`}` : null,
      ...(['Initiative', 'Result'] as const).filter((kind) => hiddenKinds.has(kind)).map((kind) => `${pick('uden', 'without')} ${kindName(kind, true)}`),
    ].filter((text): text is string => Boolean(text));
    renderTimeline(byId('timeline-body'), shown, active, (id) => {
      this.closeTimeline(false);
      this.open(id);
    });
  }

  private closeTimeline(focusButton = true): void {
    this.timelineOpen = false;
    byId('timeline').hidden = true;
    if (focusButton) byId('view-timeline').focus();
    this.writeUrl();
  }

  private closeCoverage(focusButton = true): void {
    this.coverageOpen = false;
    byId('coverage').hidden = true;
    if (focusButton) byId('view-coverage').focus();
    this.writeUrl();
  }

  // ---- wiring ----

  /** The first screen's starting points: a theme's chain, a town with its neighbours. */
  private wireStart(): void {
    byId('start-themes').replaceChildren(
      ...this.boot.themes.map((theme) => h('button', { type: 'button', 'data-theme': theme.id, onclick: () => this.showTrace(theme.id) }, theme.label)),
    );
    byId('start-towns').replaceChildren(
      ...this.boot.profiledTowns.map((town) =>
        h('button', { type: 'button', 'data-town': town.id, onclick: () => this.fromSearch({ ...town, kind: 'Town', field: 'name', snippet: '' }, 'new') }, town.label),
      ),
    );
  }

  /** On a narrow screen the side panels fold away over the canvas; these buttons open and close them. */
  private wireFolds(): void {
    for (const [button, panel] of [['toggle-controls', 'controls'], ['toggle-details', 'details']] as const) {
      byId(button).addEventListener('click', () => {
        const open = !byId(panel).classList.contains('open');
        for (const [otherButton, otherPanel] of [['toggle-controls', 'controls'], ['toggle-details', 'details']] as const) {
          byId(otherPanel).classList.toggle('open', otherPanel === panel && open);
          byId(otherButton).setAttribute('aria-expanded', String(otherPanel === panel && open));
        }
      });
    }
  }

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
    byId('copy-link').addEventListener('click', () => void this.copyLink());
    const shown = () => ({
      nodes: this.graph.nodes.filter((node) => !this.seen.hidden.has(node.id)),
      edges: this.graph.edges.filter((edge) => !this.seen.hidden.has(edge.id)),
    });
    const empty = () => pick('Intet at gemme endnu: grafen er tom.', 'Nothing to export yet: the graph is empty.');
    // two files, as office users expect: the nodes, and the links with their evidence
    byId('export-csv').addEventListener('click', () => {
      const { nodes, edges } = shown();
      if (nodes.length === 0) return this.alert(empty());
      const totals = new Map([...this.counts].map(([id, count]) => [id, count.total]));
      download(new Blob([nodesCsv(nodes, totals)], { type: 'text/csv;charset=utf-8' }), pick('fremtidens-legeplads-knuder.csv', 'fremtidens-legeplads-nodes.csv'));
      download(new Blob([linksCsv(nodes, edges)], { type: 'text/csv;charset=utf-8' }), pick('fremtidens-legeplads-forbindelser.csv', 'fremtidens-legeplads-links.csv'));
    });
    byId('export-graphml').addEventListener('click', () => {
      const { nodes, edges } = shown();
      if (nodes.length === 0) return this.alert(empty());
      download(new Blob([toGraphml(nodes, edges)], { type: 'application/graphml+xml' }), 'fremtidens-legeplads-graph.graphml');
    });
    // Gephi's own format, with the canvas's colours, sizes and positions: the same picture opens there
    byId('export-gexf').addEventListener('click', () => {
      const { nodes, edges } = shown();
      if (nodes.length === 0) return this.alert(empty());
      const description = `${pick('Fremtidens Legeplads – udsnit af grafen', 'Fremtidens Legeplads – a view of the graph')}: ${this.message || countOf('Initiative', nodes.filter((n) => n.kind === 'Initiative').length)}. ${pick('Kilde: Billund Kommune, Fra vision til virkelighed.', 'Source: Billund Kommune, Fra vision til virkelighed.')}`;
      const links = new Map([...this.counts].map(([id, count]) => [id, count.total]));
      download(new Blob([toGexf({ nodes, edges, positions: this.view.positions(), links, description })], { type: 'application/gexf+xml' }), 'fremtidens-legeplads-graph.gexf');
    });
    byId('export-png').addEventListener('click', () => {
      const { nodes } = shown();
      if (nodes.length === 0) return this.alert(empty());
      const kinds = KINDS.filter((kind) => nodes.some((node) => node.kind === kind));
      const title = `Fremtidens Legeplads – ${this.message || pick('grafudsnit', 'graph view')}`;
      this.enqueue(async () => download(await composePng(this.view.png(), title, kinds), 'fremtidens-legeplads-graph.png'));
    });
    byId('alert-close').addEventListener('click', () => (byId('alert').hidden = true));
  }

  /** Copies the link of this view; where the clipboard is refused, the link is shown to copy by hand. */
  private async copyLink(): Promise<void> {
    const query = this.stateQuery();
    const link = `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
    try {
      await navigator.clipboard.writeText(link);
      this.say(pick('Linket er kopieret: det åbner den samme visning.', 'The link is copied: it opens the same view.'));
    } catch {
      this.alert(`${pick('Kopiér linket her', 'Copy the link here')}: ${link}`);
    }
  }

  private wireViews(): void {
    byId('view-partners').addEventListener('submit', (event) => {
      event.preventDefault();
      const min = Number(byId<HTMLInputElement>('partners-min').value);
      if (!Number.isInteger(min) || min < 1) return this.alert(pick('Mindste antal initiativer skal være et helt tal, mindst 1.', 'The minimum number of initiatives must be a whole number, at least 1.'));
      this.showPartners(min);
    });
    byId('view-coverage').addEventListener('click', () => this.openCoverage());
    byId('view-timeline').addEventListener('click', () => this.openTimeline());
    byId('timeline-close').addEventListener('click', () => this.closeTimeline());
    byId('timeline').addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.closeTimeline();
    });
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
