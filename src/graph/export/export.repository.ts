import type { Database, Row } from '../../db/database';
import { decodeRows, decodeSingleRow, int, list, object, string } from '../../db/row-decoder';
import { NODE_LABELS } from '../../vocabulary/node-kinds';
import { toExportLink, toExportNode, type ExportLink, type ExportNode } from './export-rows';

// The reads of an export (cypher/export/*): the keys of a filtered part, its size, and its nodes
// and links streamed row by row. `keys` null means the whole graph.

const keysRow = object({ keys: list(string) });
const keyRow = object({ key: string });
const countRow = object({ nodes: int, links: int });

export type Keys = readonly string[] | null;

export class ExportRepository {
  constructor(
    private readonly database: Database,
    private readonly timeoutMs: number,
  ) {}

  /** The core keys of a theme's or town's part, or one entity's key; null when it does not exist. */
  async core(query: 'export/theme-core' | 'export/town-core' | 'export/entity', key: string): Promise<string[] | null> {
    return decodeSingleRow(query, await this.database.read(query, { key }), keysRow)?.keys ?? null;
  }

  /** The keys and every entity one link away from one of them; at most `limit` keys. */
  async oneStep(keys: readonly string[], limit: number): Promise<string[]> {
    return decodeRows('export/one-step', await this.database.read('export/one-step', { keys, limit }), keyRow).map((row) => row.key);
  }

  async count(keys: Keys): Promise<{ nodes: number; links: number }> {
    return decodeSingleRow('export/count', await this.database.read('export/count', { keys }), countRow) ?? { nodes: 0, links: 0 };
  }

  /** Every node of the part, by key, handed on one at a time; resolves with how many there were. */
  streamNodes(keys: Keys, onNode: (node: ExportNode) => Promise<void>): Promise<number> {
    let index = 0;
    return this.database.stream('export/nodes', { keys, kindLabels: NODE_LABELS }, (row: Row) => onNode(toExportNode(row, index++)), this.timeoutMs);
  }

  /** Every link among the part's nodes, by key, with its evidence. */
  streamLinks(keys: Keys, onLink: (link: ExportLink) => Promise<void>): Promise<number> {
    let index = 0;
    return this.database.stream('export/links', { keys }, (row: Row) => onLink(toExportLink(row, index++)), this.timeoutMs);
  }
}
