// The graph as two tables, for screen readers and keyboards: the same nodes and links, the same
// filters, and buttons for what the canvas offers (details, expand, remove).
import { h } from './dom';
import { kindName, linkName, num, pick } from './i18n';
import { KINDS } from './kinds';
import type { GraphEdge, GraphNode } from './model';
import type { Visibility } from './visibility';

export interface ListActions {
  select(id: string): void;
  expand(id: string): void;
  remove(id: string): void;
}

export function renderList(
  nodesHost: HTMLElement,
  edgesHost: HTMLElement,
  graph: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] },
  seen: Visibility,
  waiting: ReadonlyMap<string, number>,
  selected: string | null,
  actions: ListActions,
): void {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const nodes = graph.nodes
    .filter((node) => !seen.hidden.has(node.id))
    .sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.label.localeCompare(b.label, 'da'));
  const edges = graph.edges.filter((edge) => !seen.hidden.has(edge.id));
  const faded = (id: string) => (seen.faded.has(id) ? pick(' (uden for de valgte år)', ' (outside the chosen years)') : '');
  nodesHost.replaceChildren(
    h(
      'table',
      { id: 'list-nodes-table' },
      h('caption', {}, `${pick('Knuder', 'Nodes')} (${num(nodes.length)})`),
      h('thead', {}, h('tr', {}, ...[pick('Navn', 'Name'), 'Type', pick('Naboer, der ikke vises', 'Neighbours not shown'), pick('Handlinger', 'Actions')].map((title) => h('th', { scope: 'col' }, title)))),
      h(
        'tbody',
        {},
        ...nodes.map((node) =>
          h(
            'tr',
            { 'data-id': node.id, class: seen.faded.has(node.id) ? 'faded' : null, 'aria-current': node.id === selected ? 'true' : null },
            h('th', { scope: 'row' }, h('button', { type: 'button', class: 'link-button', onclick: () => actions.select(node.id) }, node.label), faded(node.id)),
            h('td', {}, kindName(node.kind)),
            h('td', {}, num(waiting.get(node.id) ?? 0)),
            h(
              'td',
              {},
              h('button', { type: 'button', onclick: () => actions.expand(node.id), disabled: !waiting.get(node.id), 'aria-label': `${pick('Fold ud', 'Expand')}: ${node.label}` }, pick('Fold ud', 'Expand')),
              ' ',
              h('button', { type: 'button', onclick: () => actions.remove(node.id), 'aria-label': `${pick('Fjern', 'Remove')}: ${node.label}` }, pick('Fjern', 'Remove')),
            ),
          ),
        ),
      ),
    ),
  );
  edgesHost.replaceChildren(
    h(
      'table',
      { id: 'list-edges-table' },
      h('caption', {}, `${pick('Forbindelser', 'Links')} (${num(edges.length)})`),
      h(
        'thead',
        {},
        h('tr', {}, ...[pick('Fra', 'From'), pick('Forbindelse', 'Link'), pick('Til', 'To'), pick('Side', 'Page'), pick('Grundlag', 'Basis'), pick('Citat', 'Quote')].map((title) => h('th', { scope: 'col' }, title))),
      ),
      h(
        'tbody',
        {},
        ...edges.map((edge) =>
          h(
            'tr',
            { 'data-id': edge.id, class: seen.faded.has(edge.id) ? 'faded' : null, 'aria-current': edge.id === selected ? 'true' : null },
            h('td', {}, byId.get(edge.from)?.label ?? edge.from),
            h('td', {}, h('button', { type: 'button', class: 'link-button', onclick: () => actions.select(edge.id), 'aria-label': `${pick('Belæg for', 'Evidence for')} ${byId.get(edge.from)?.label} – ${linkName(edge.type)} – ${byId.get(edge.to)?.label}` }, linkName(edge.type))),
            h('td', {}, byId.get(edge.to)?.label ?? edge.to),
            h('td', {}, num(edge.evidence.page)),
            h('td', {}, edge.evidence.basis === 'STATED' ? pick('står i rapporten', 'stated') : pick('udledt', 'inferred')),
            h('td', {}, edge.evidence.quote),
          ),
        ),
      ),
    ),
  );
}
