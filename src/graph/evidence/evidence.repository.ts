import type { Database } from '../../db/database';
import {
  decodeDocument,
  decodeMarkLink,
  decodePassage,
  decodeSpan,
  list,
  num,
  obj,
  str,
  type DocumentRow,
  type MarkLinkRow,
  type PassageRow,
  type SpanRow,
} from './evidence.rows';

export interface KeyedPassage {
  key: string;
  passage: PassageRow;
}

export interface PassageMarkRow {
  key: string;
  span: SpanRow;
  links: MarkLinkRow[];
}

export interface SourceSpanRow {
  document: DocumentRow;
  before: string;
  text: string;
  after: string;
  line: number;
}

export interface PassageHitRow {
  passage: PassageRow;
  title: string;
  score: number;
}

/** Documents, passages and evidence spans: one method per query of cypher/evidence/. */
export class EvidenceRepository {
  constructor(private readonly database: Database) {}

  async documents(ids: readonly string[]): Promise<{ id: string; document: DocumentRow }[]> {
    const rows = await this.database.read('evidence/documents-by-ids', { ids });
    return rows.map((row) => ({ id: str(row, 'id'), document: decodeDocument(obj(row, 'document')) }));
  }

  async passages(keys: readonly string[]): Promise<KeyedPassage[]> {
    const rows = await this.database.read('evidence/passages-by-keys', { keys });
    return rows.map((row) => ({ key: str(row, 'key'), passage: decodePassage(obj(row, 'passage'), num(row, 'page')) }));
  }

  async passagesOfInitiatives(keys: readonly string[]): Promise<KeyedPassage[]> {
    const rows = await this.database.read('evidence/passages-of-initiatives', { keys });
    return rows.map((row) => ({ key: str(row, 'key'), passage: decodePassage(obj(row, 'passage'), num(row, 'page')) }));
  }

  async marks(keys: readonly string[]): Promise<PassageMarkRow[]> {
    const rows = await this.database.read('evidence/passage-marks', { keys });
    return rows.map((row) => ({ key: str(row, 'key'), span: decodeSpan(obj(row, 'evidence')), links: list(row, 'links').map(decodeMarkLink) }));
  }

  async sourceSpan(document: string, from: number, start: number, end: number, to: number): Promise<SourceSpanRow | null> {
    const [row] = await this.database.read('evidence/source-span', { document, from, start, end, to });
    if (!row) return null;
    return { document: decodeDocument(obj(row, 'document')), before: str(row, 'before'), text: str(row, 'text'), after: str(row, 'after'), line: num(row, 'line') };
  }

  async span(id: string): Promise<{ span: SpanRow; sha256: string; text: string } | null> {
    const [row] = await this.database.read('evidence/evidence-by-id', { id });
    if (!row) return null;
    return { span: decodeSpan(obj(row, 'evidence')), sha256: str(row, 'sha256'), text: str(row, 'text') };
  }

  async searchPassages(query: string, limit: number): Promise<PassageHitRow[]> {
    const rows = await this.database.read('evidence/search-passages', { query, limit });
    return rows.map((row) => ({ passage: decodePassage(obj(row, 'passage'), num(row, 'page')), title: str(row, 'title'), score: num(row, 'score') }));
  }

  async statedAlignments(): Promise<{ type: string; alignment: string | null; count: number }[]> {
    const rows = await this.database.read('evidence/stated-alignments');
    return rows.map((row) => ({ type: str(row, 'type'), alignment: typeof row.alignment === 'string' ? row.alignment : null, count: num(row, 'count') }));
  }
}
