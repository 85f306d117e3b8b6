import type { GraphData, GraphNode, GraphRelationship, NodeLabel } from '../../src/dataset/to-graph';
import { seededRandom } from './random';

export const SEED = 20_251_127;

// The strategy's own vocabulary does not grow with more initiatives: one strategy, three themes,
// three recommendations, the same calendar years. Everything else is copied `factor` times.
const FIXED: ReadonlySet<NodeLabel> = new Set(['Strategy', 'Theme', 'Recommendation', 'Year']);

/**
 * A synthetic graph `factor` times the real one, with the real graph's shape. Copy 0 is the real
 * graph unchanged (so every id the catalogue asks about exists at every scale). Copies 1..factor-1
 * clone every initiative, town, organisation, unit, committee and result; each cloned initiative
 * keeps its original's links (so the per-initiative counts of themes, towns, partners and years are
 * the real ones), but a link to a town, organisation, unit, committee or related initiative goes
 * to that entity's clone in a randomly drawn copy. Each clone of an entity therefore receives, in
 * expectation, as many links as the original has: the real degree distributions, with random
 * spread (so that some partners span three or more initiatives) and a connected graph rather than
 * `factor` islands. Results stay with their initiative. The random draws come from a fixed seed.
 */
export function scaleGraph(real: GraphData, factor: number, seed = SEED): GraphData {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a positive integer, got ${factor}`);
  const random = seededRandom(seed);
  const labelOf = new Map(real.nodes.map((node) => [node.key, node.label]));
  const fixed = (key: string) => FIXED.has(labelOf.get(key) as NodeLabel);
  const clone = (key: string, copy: number) => (copy === 0 || fixed(key) ? key : `${key}-x${copy}`);

  const nodes: GraphNode[] = [...real.nodes];
  const relationships: GraphRelationship[] = [...real.relationships];
  for (let copy = 1; copy < factor; copy += 1) {
    for (const node of real.nodes) {
      if (FIXED.has(node.label)) continue;
      const key = clone(node.key, copy);
      nodes.push({ label: node.label, key, props: { ...node.props, key, id: `${String(node.props.id)}-x${copy}` } });
    }
    for (const rel of real.relationships) {
      if (fixed(rel.from)) continue;
      const from = clone(rel.from, copy);
      const to = rel.type === 'ACHIEVED' ? clone(rel.to, copy) : clone(rel.to, Math.floor(random() * factor));
      // The original key is "<from>|<type>|<to>" plus a counter for repeated links; keep the counter.
      const suffix = rel.key.slice(`${rel.from}|${rel.type}|${rel.to}`.length);
      const key = `${from}|${rel.type}|${to}${suffix}`;
      relationships.push({ type: rel.type, from, to, key, props: { ...rel.props, key } });
    }
  }
  return { nodes, relationships: dropRepeatedKeys(relationships) };
}

// Two originals of one initiative may draw the same clone (e.g. two units landing on one): the
// second link would repeat the first's key, which the loader's MERGE would fold into one anyway.
function dropRepeatedKeys(relationships: GraphRelationship[]): GraphRelationship[] {
  const seen = new Set<string>();
  return relationships.filter((rel) => !seen.has(rel.key) && seen.add(rel.key));
}
