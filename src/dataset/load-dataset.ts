import { createHash } from 'node:crypto';
import type { Database, WriteWork } from '../db/database';
import type { GraphData } from './to-graph';
import { loadSources } from './evidence/load-sources';
import { storeCoverage } from '../graph/analysis/store-coverage';

export interface LoadSummary {
  nodes: number;
  relationships: number;
  deletedNodes: number;
  deletedRelationships: number;
  partners: number;
  /** Coverage matrices stored (one per ordered pair of dimensions). */
  coverageMatrices: number;
  fingerprint: string;
  ms: number;
}

const BATCH = 500;

export interface LoadOptions {
  /**
   * Commit the node and relationship merges in transactions of about this many items, then do
   * the deletions and the bookkeeping in a last one. Gives up all-or-nothing for speed: one
   * transaction of half a million nodes slows every statement in it down (the bench's ×1000
   * graph). Leave unset for the curated dataset, which must load completely or not at all.
   */
  transactionSize?: number;
}

/**
 * Makes the graph exactly the given data, in one write transaction: all of it or none of it.
 * MERGE on keys makes a second load of the same data a no-op; keys absent from the data are deleted.
 */
export async function loadGraph(database: Database, graph: GraphData, options: LoadOptions = {}): Promise<LoadSummary> {
  const started = Date.now();
  const fingerprint = fingerprintOf(graph);
  const mergeNodes = async (tx: WriteWork, from: number, to: number) => {
    for (let i = from; i < Math.min(to, graph.nodes.length); i += BATCH) {
      await tx.run('seed/merge-nodes', { nodes: graph.nodes.slice(i, Math.min(i + BATCH, to)) });
    }
  };
  const mergeRelationships = async (tx: WriteWork, from: number, to: number) => {
    for (let i = from; i < Math.min(to, graph.relationships.length); i += BATCH) {
      await tx.run('seed/merge-relationships', { relationships: graph.relationships.slice(i, Math.min(i + BATCH, to)) });
    }
  };
  const size = options.transactionSize;
  if (size !== undefined) {
    for (let i = 0; i < graph.nodes.length; i += size) await database.write((tx) => mergeNodes(tx, i, i + size));
    for (let i = 0; i < graph.relationships.length; i += size) await database.write((tx) => mergeRelationships(tx, i, i + size));
  }
  const summary = await database.write(async (tx) => {
    if (size === undefined) await mergeNodes(tx, 0, graph.nodes.length);
    const [staleNodes] = await tx.run('seed/delete-stale-nodes', { keys: graph.nodes.map((n) => n.key) });
    if (size === undefined) await mergeRelationships(tx, 0, graph.relationships.length);
    const [staleRels] = await tx.run('seed/delete-stale-relationships', { keys: graph.relationships.map((r) => r.key) });
    if (graph.sources) await loadSources(tx, graph.sources);
    const [partners] = await tx.run('seed/mark-partners');
    // Derived from the graph just written, so computed last, and committed with it.
    const coverageMatrices = await storeCoverage(tx);
    await tx.run('seed/record-load', {
      fingerprint,
      nodes: graph.nodes.length,
      relationships: graph.relationships.length,
    });
    return {
      deletedNodes: Number(staleNodes?.deleted ?? 0),
      deletedRelationships: Number(staleRels?.deleted ?? 0),
      partners: Number(partners?.partners ?? 0),
      coverageMatrices,
    };
  });
  return {
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
    ...summary,
    fingerprint,
    ms: Date.now() - started,
  };
}

/**
 * sha256 of JSON.stringify(graph), fed piece by piece: the same digest as hashing the whole text,
 * but a graph of half a million nodes (the ×1000 benchmark dataset) would not fit in one string.
 */
export function fingerprintOf(graph: GraphData): string {
  const hash = createHash('sha256');
  const list = (name: string, items: unknown[], last: boolean) => {
    hash.update(`"${name}":[`);
    items.forEach((item, index) => hash.update(index === 0 ? JSON.stringify(item) : `,${JSON.stringify(item)}`));
    hash.update(last ? ']' : '],');
  };
  hash.update('{');
  list('nodes', graph.nodes, false);
  list('relationships', graph.relationships, true);
  hash.update('}');
  return hash.digest('hex').slice(0, 16);
}

export async function graphIsEmpty(database: Database): Promise<boolean> {
  const [row] = await database.read('seed/count-initiatives');
  return Number(row?.initiatives ?? 0) === 0;
}
