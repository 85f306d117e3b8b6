import type { Database } from '../../db/database';
import { decodeRows, decodeSingleRow } from '../../db/row-decoder';
import {
  documentRow,
  keyedPassageRow,
  passageHitRow,
  passageMarkRow,
  sourceSpanRow,
  spanWithTextRow,
  statedAlignmentRow,
  type DocumentRow,
  type PassageMarkRow,
  type PassageRow,
} from './evidence.rows';

/** Documents, passages and evidence spans: one method per query of cypher/evidence/. */
export class EvidenceRepository {
  constructor(private readonly database: Database) {}

  private async rows<T>(query: string, params: Record<string, unknown>, read: Parameters<typeof decodeRows<T>>[2]): Promise<T[]> {
    return decodeRows(query, await this.database.read(query, params), read);
  }

  async documents(ids: readonly string[]): Promise<{ id: string; document: DocumentRow }[]> {
    return this.rows('evidence/documents-by-ids', { ids }, documentRow);
  }

  async passages(keys: readonly string[]): Promise<{ key: string; passage: PassageRow }[]> {
    return this.rows('evidence/passages-by-keys', { keys }, keyedPassageRow);
  }

  async passagesOfInitiatives(keys: readonly string[]): Promise<{ key: string; passage: PassageRow }[]> {
    return this.rows('evidence/passages-of-initiatives', { keys }, keyedPassageRow);
  }

  async marks(keys: readonly string[]): Promise<PassageMarkRow[]> {
    return this.rows('evidence/passage-marks', { keys }, passageMarkRow);
  }

  async sourceSpan(document: string, from: number, start: number, end: number, to: number) {
    const query = 'evidence/source-span';
    return decodeSingleRow(query, await this.database.read(query, { document, from, start, end, to }), sourceSpanRow);
  }

  async span(id: string) {
    const query = 'evidence/evidence-by-id';
    return decodeSingleRow(query, await this.database.read(query, { id }), spanWithTextRow);
  }

  async searchPassages(query: string, limit: number) {
    return this.rows('evidence/search-passages', { query, limit }, passageHitRow);
  }

  async statedAlignments() {
    return this.rows('evidence/stated-alignments', {}, statedAlignmentRow);
  }
}
