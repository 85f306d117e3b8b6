// The side panel: what a selected node or link is, with the evidence behind every link.
import { h, swatch } from './dom';
import { KIND_STYLES, countOf } from './kinds';
import type { Evidence, GraphEdge, GraphNode, Kind } from './model';
import type { NodeDetails } from './queries';
import { initiativePassage, reportButton } from './report-passage';

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
  pathStart: string | null;
}

export function kindTag(kind: Kind): HTMLElement {
  const style = KIND_STYLES[kind];
  return h('span', { class: 'kind-tag' }, swatch(style.shape, style.color), style.one);
}

export function evidenceBlock(evidence: Evidence, event?: string | null): HTMLElement {
  return h(
    'div',
    { class: 'evidence-block' },
    h(
      'p',
      { class: 'evidence' },
      `Page ${evidence.page} · `,
      h('span', { class: `basis-${evidence.basis}` }, evidence.basis === 'STATED' ? 'stated in the report' : 'inferred by us'),
      event ? ` · ${event}` : null,
    ),
    h('blockquote', {}, `“${evidence.quote}”`),
    evidence.rationale ? h('p', { class: 'evidence' }, `Why inferred: ${evidence.rationale}`) : null,
    reportButton(evidence),
  );
}

function linkItem(actions: PanelActions, id: string, label: string, kind: Kind, evidence: Evidence, note?: string | null): HTMLElement {
  return h(
    'li',
    {},
    h('button', { type: 'button', class: 'link-button', onclick: () => actions.open(id), title: `Show ${label}` }, label),
    ' ',
    h('span', { class: 'evidence' }, `(${KIND_STYLES[kind].one})`),
    evidenceBlock(evidence, note),
  );
}

export function nodePanel(context: NodeContext, actions: PanelActions): HTMLElement {
  const { details, neighbours } = context;
  const total = neighbours.reduce((sum, n) => sum + n.total, 0);
  const waiting = neighbours.reduce((sum, n) => sum + n.total - n.drawn, 0);
  const panel = h(
    'div',
    { class: 'node-panel', 'data-node': details.id },
    h('h2', {}, details.label),
    kindTag(details.kind),
    details.text ? h('p', {}, details.text) : null,
    details.facts.length > 0 ? h('dl', { class: 'facts' }, ...details.facts.flatMap(([name, value]) => [h('dt', {}, name), h('dd', {}, value)])) : null,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: () => actions.expand(details.id), disabled: waiting === 0 }, waiting > 0 ? `Expand all (+${waiting})` : 'All neighbours shown'),
      h('button', { type: 'button', onclick: () => actions.collapse(details.id) }, 'Collapse'),
      h('button', { type: 'button', onclick: () => actions.remove(details.id) }, 'Remove'),
      h('button', { type: 'button', onclick: () => actions.pathFrom(details.id) }, 'Path from here'),
      h(
        'button',
        { type: 'button', onclick: () => actions.pathTo(details.id), disabled: !context.pathStart || context.pathStart === details.id },
        'Path to here',
      ),
    ),
    h('h3', {}, `Neighbours (${total})`),
    neighbours.length === 0
      ? h('p', { class: 'hint' }, 'None.')
      : h(
          'ul',
          { class: 'links neighbour-counts' },
          ...neighbours.map((n) =>
            h(
              'li',
              {},
              `${countOf(n.kind, n.total)}, ${n.drawn} shown `,
              n.total > n.drawn
                ? h('button', { type: 'button', onclick: () => actions.expand(details.id, n.kind) }, `Add ${n.total - n.drawn}`)
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
      h('h3', {}, `Results (${details.results.length})`),
      h('ul', { class: 'links' }, ...details.results.map((result) => h('li', {}, result.text, evidenceBlock(result.evidence)))),
    );
  }
  if (details.kind === 'Initiative') panel.append(initiativePassage(details.id));
  if (details.kind !== 'Initiative' && context.drawnLinks.length > 0) {
    panel.append(
      h('h3', {}, `Links in the graph (${context.drawnLinks.length})`),
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
    h('p', { class: 'evidence' }, `Link ${edge.type}`),
    h('h3', {}, 'Evidence'),
    evidenceBlock(edge.evidence, edge.event),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: () => actions.open(from.id) }, `Go to ${from.label}`),
      h('button', { type: 'button', onclick: () => actions.open(to.id) }, `Go to ${to.label}`),
    ),
  );
}

export interface PathSteps {
  from: GraphNode;
  to: GraphNode;
  count: number;
  steps: { node: GraphNode; edge: GraphEdge | null }[];
}

export function pathPanel(path: PathSteps, actions: PanelActions): HTMLElement {
  const links = path.steps.length - 1;
  return h(
    'section',
    { class: 'path-panel', 'aria-label': 'Shortest connection' },
    h('h2', {}, `Shortest connection: ${links} ${links === 1 ? 'link' : 'links'}`),
    h('p', { class: 'hint' }, path.count > 1 ? `One of ${path.count} equally short connections, highlighted in red.` : 'Highlighted in red.'),
    h(
      'ol',
      { class: 'links' },
      ...path.steps.map(({ node, edge }) =>
        h(
          'li',
          {},
          h('button', { type: 'button', class: 'link-button', onclick: () => actions.open(node.id) }, node.label),
          ' ',
          h('span', { class: 'evidence' }, `(${KIND_STYLES[node.kind].one})`),
          edge ? h('div', {}, h('span', { class: 'evidence' }, `↓ ${edge.type}`), evidenceBlock(edge.evidence, edge.event)) : null,
        ),
      ),
    ),
    h('button', { type: 'button', onclick: () => actions.clearPath() }, 'Clear the connection'),
  );
}
