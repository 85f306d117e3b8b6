// The side panel: what a selected node or link is, with the evidence behind every link.
import { h, swatch } from './dom';
import { countOf, kindName, linkName, num, pick } from './i18n';
import { KIND_STYLES } from './kinds';
import type { Evidence, GraphEdge, GraphNode, Kind } from './model';
import type { NodeDetails } from './queries';

export interface PanelActions {
  /** Select a node or link, adding the node to the graph first if it is not drawn. */
  open(id: string): void;
  expand(id: string, kind?: Kind): void;
  collapse(id: string): void;
  remove(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  clearPath(): void;
}

export interface NodeContext {
  details: NodeDetails;
  /** Neighbours per kind in the whole graph, and how many of them are drawn. */
  neighbours: { kind: Kind; total: number; drawn: number }[];
  /** The node's links that are drawn (for kinds whose details list no links). */
  drawnLinks: { edge: GraphEdge; other: GraphNode }[];
  /** The first end chosen with "Sti herfra", if any, with its label. */
  pathStart: { id: string; label: string } | null;
  /** Whether the last expand of this node added anything that collapse would take away. */
  canCollapse: boolean;
}

export function kindTag(kind: Kind): HTMLElement {
  const style = KIND_STYLES[kind];
  return h('span', { class: 'kind-tag' }, swatch(style.shape, style.color), kindName(kind));
}

export function basisText(basis: Evidence['basis']): string {
  return basis === 'STATED' ? pick('står i rapporten', 'stated in the report') : pick('udledt af os', 'inferred by us');
}

/** Page, basis and quote of one fact. The empty .evidence-actions is where "Vis i rapporten" goes. */
export function evidenceBlock(evidence: Evidence, event?: string | null): HTMLElement {
  return h(
    'div',
    { class: 'evidence-block', 'data-page': evidence.page },
    h(
      'p',
      { class: 'evidence' },
      `${pick('Side', 'Page')} ${num(evidence.page)} · `,
      h('span', { class: `basis-${evidence.basis}` }, basisText(evidence.basis)),
      event ? ` · ${event}` : null,
    ),
    h('blockquote', {}, `“${evidence.quote}”`),
    evidence.rationale ? h('p', { class: 'evidence' }, `${pick('Hvorfor udledt', 'Why inferred')}: ${evidence.rationale}`) : null,
    h('div', { class: 'evidence-actions' }),
  );
}

function linkItem(actions: PanelActions, id: string, label: string, kind: Kind, evidence: Evidence, note?: string | null): HTMLElement {
  return h(
    'li',
    {},
    h('button', { type: 'button', class: 'link-button', onclick: () => actions.open(id), title: `${pick('Vis', 'Show')} ${label}` }, label),
    ' ',
    h('span', { class: 'evidence' }, `(${kindName(kind)})`),
    evidenceBlock(evidence, note),
  );
}

/**
 * A button that may be unavailable: then it is disabled and says why, in a line beside it that
 * the button names as its description (a disabled button's tooltip is seen by nobody on a phone).
 */
function actionButton(label: string, onclick: () => void, whyNot: string | null, key: string): HTMLElement[] {
  if (!whyNot) return [h('button', { type: 'button', onclick, 'data-action': key }, label)];
  const reasonId = `why-not-${key}`;
  return [
    h('button', { type: 'button', disabled: true, 'aria-describedby': reasonId, title: whyNot, 'data-action': key }, label),
    h('span', { class: 'why-not', id: reasonId }, whyNot),
  ];
}

function pathToReason(context: NodeContext): string | null {
  const start = context.pathStart;
  if (!start) return pick('Vælg først »Sti herfra« på den knude, stien skal begynde ved.', 'First choose “Path from here” on the node the path should start at.');
  if (start.id === context.details.id) return pick('Stien begynder her: vælg nu den anden ende – søg den frem og »Tilføj« den.', 'The path starts here: now choose the other end – search for it and “Add” it.');
  return null;
}

export function nodePanel(context: NodeContext, actions: PanelActions): HTMLElement {
  const { details, neighbours } = context;
  const total = neighbours.reduce((sum, n) => sum + n.total, 0);
  const waiting = neighbours.reduce((sum, n) => sum + n.total - n.drawn, 0);
  const id = details.id;
  const panel = h(
    'div',
    { class: 'node-panel', 'data-node': id },
    h('h2', {}, details.label),
    kindTag(details.kind),
    details.text ? h('p', {}, details.text) : null,
    details.facts.length > 0 ? h('dl', { class: 'facts' }, ...details.facts.flatMap(([name, value]) => [h('dt', {}, name), h('dd', {}, value)])) : null,
    context.pathStart && context.pathStart.id !== id
      ? h('p', { class: 'path-start' }, `${pick('Stiens første ende', 'The path’s first end')}: ${context.pathStart.label}`)
      : null,
    h(
      'div',
      { class: 'actions' },
      ...actionButton(
        waiting > 0 ? `${pick('Fold alle ud', 'Expand all')} (+${num(waiting)})` : pick('Alle naboer vises', 'All neighbours shown'),
        () => actions.expand(id),
        waiting > 0 ? null : pick('Alle naboer er allerede i grafen.', 'Every neighbour is already in the graph.'),
        'expand',
      ),
      ...actionButton(
        pick('Fold sammen', 'Collapse'),
        () => actions.collapse(id),
        context.canCollapse ? null : pick('Intet at folde sammen: ingen nabo hænger kun på denne knude.', 'Nothing to collapse: no neighbour hangs on this node alone.'),
        'collapse',
      ),
      ...actionButton(pick('Fjern', 'Remove'), () => actions.remove(id), null, 'remove'),
      ...actionButton(pick('Sti herfra', 'Path from here'), () => actions.pathFrom(id), null, 'path-from'),
      ...actionButton(pick('Sti hertil', 'Path to here'), () => actions.pathTo(id), pathToReason(context), 'path-to'),
    ),
    h('h3', {}, `${pick('Naboer', 'Neighbours')} (${num(total)})`),
    neighbours.length === 0
      ? h('p', { class: 'hint' }, pick('Ingen.', 'None.'))
      : h(
          'ul',
          { class: 'links neighbour-counts' },
          ...neighbours.map((n) =>
            h(
              'li',
              {},
              `${countOf(n.kind, n.total)}, ${num(n.drawn)} ${pick('vises', 'shown')} `,
              n.total > n.drawn
                ? h('button', { type: 'button', onclick: () => actions.expand(id, n.kind) }, `${pick('Tilføj', 'Add')} ${num(n.total - n.drawn)}`)
                : null,
            ),
          ),
        ),
  );
  for (const [title, links] of details.links) {
    panel.append(h('h3', {}, title), h('ul', { class: 'links' }, ...links.map((link) => linkItem(actions, link.id, link.label, link.kind, link.evidence, link.note))));
  }
  if (details.results.length > 0) {
    panel.append(
      h('h3', {}, `${pick('Resultater', 'Results')} (${num(details.results.length)})`),
      h('ul', { class: 'links' }, ...details.results.map((result) => h('li', {}, result.text, evidenceBlock(result.evidence)))),
    );
  }
  if (details.kind !== 'Initiative' && context.drawnLinks.length > 0) {
    panel.append(
      h('h3', {}, `${pick('Forbindelser i grafen', 'Links in the graph')} (${num(context.drawnLinks.length)})`),
      h('ul', { class: 'links' }, ...context.drawnLinks.map(({ edge, other }) => linkItem(actions, other.id, other.label, other.kind, edge.evidence, edge.event))),
    );
  }
  return panel;
}

export function edgePanel(edge: GraphEdge, from: GraphNode, to: GraphNode, actions: PanelActions): HTMLElement {
  return h(
    'div',
    { class: 'edge-panel', 'data-edge': edge.id },
    h('h2', {}, `${from.label} → ${to.label}`),
    h('p', { class: 'evidence' }, `${pick('Forbindelse', 'Link')}: ${linkName(edge.type)}`),
    h('h3', {}, pick('Belæg', 'Evidence')),
    evidenceBlock(edge.evidence, edge.event),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: () => actions.open(from.id) }, `${pick('Gå til', 'Go to')} ${from.label}`),
      h('button', { type: 'button', onclick: () => actions.open(to.id) }, `${pick('Gå til', 'Go to')} ${to.label}`),
    ),
  );
}

export interface PathSteps {
  from: GraphNode;
  to: GraphNode;
  count: number;
  /** Which of the `count` equally short paths is drawn (0-based). */
  index: number;
  /** The link types used by the shortest paths found, and whether each is excluded. */
  types: { type: string; excluded: boolean }[];
  steps: { node: GraphNode; edge: GraphEdge | null }[];
}

export interface PathActions extends PanelActions {
  stepPath(delta: number): void;
  excludeLinkType(type: string, excluded: boolean): void;
}

export function pathPanel(path: PathSteps, actions: PathActions): HTMLElement {
  const links = path.steps.length - 1;
  return h(
    'section',
    { class: 'path-panel', 'aria-label': pick('Korteste forbindelse', 'Shortest connection') },
    h('h2', {}, `${pick('Korteste forbindelse', 'Shortest connection')}: ${num(links)} ${links === 1 ? pick('led', 'link') : pick('led', 'links')}`),
    h(
      'p',
      { class: 'hint path-count' },
      path.count > 1
        ? pick(`Forbindelse ${num(path.index + 1)} af ${num(path.count)} lige korte, fremhævet med rødt.`, `Connection ${num(path.index + 1)} of ${num(path.count)} equally short ones, highlighted in red.`)
        : pick('Den eneste så korte forbindelse, fremhævet med rødt.', 'The only connection this short, highlighted in red.'),
    ),
    path.count > 1
      ? h(
          'div',
          { class: 'actions' },
          h('button', { type: 'button', 'data-action': 'path-previous', onclick: () => actions.stepPath(-1) }, pick('← Forrige', '← Previous')),
          h('button', { type: 'button', 'data-action': 'path-next', onclick: () => actions.stepPath(1) }, pick('Næste →', 'Next →')),
        )
      : null,
    path.types.length > 1
      ? h(
          'fieldset',
          { class: 'path-exclude' },
          h('legend', {}, pick('Udelad forbindelser af typen', 'Leave out links of the type')),
          ...path.types.map(({ type, excluded }) =>
            h(
              'label',
              { class: 'kind-option' },
              h('input', { type: 'checkbox', 'data-type': type, checked: excluded, onchange: (event: Event) => actions.excludeLinkType(type, (event.target as HTMLInputElement).checked) }),
              linkName(type),
            ),
          ),
        )
      : null,
    h(
      'ol',
      { class: 'links' },
      ...path.steps.map(({ node, edge }) =>
        h(
          'li',
          {},
          h('button', { type: 'button', class: 'link-button', onclick: () => actions.open(node.id) }, node.label),
          ' ',
          h('span', { class: 'evidence' }, `(${kindName(node.kind)})`),
          edge ? h('div', {}, h('span', { class: 'evidence' }, `↓ ${linkName(edge.type)}`), evidenceBlock(edge.evidence, edge.event)) : null,
        ),
      ),
    ),
    h('button', { type: 'button', onclick: () => actions.clearPath() }, pick('Fjern forbindelsen', 'Clear the connection')),
  );
}
