import DataLoader from 'dataloader';
import { groupByKeys, orderByKeys } from '../batch';
import type { DocumentRow, PassageMarkRow, PassageRow } from './evidence.rows';
import type { EvidenceRepository } from './evidence.repository';

/** Per-request loaders of documents, passages and their marks: one query per field of a request. */
export function evidenceLoaders(repository: EvidenceRepository) {
  return {
    document: new DataLoader<string, DocumentRow | null>(async (ids) =>
      orderByKeys(ids, (await repository.documents(ids)).map((r) => r.document), (d) => d.id, null),
    ),
    passage: new DataLoader<string, PassageRow | null>(async (keys) =>
      orderByKeys(keys, (await repository.passages(keys)).map((r) => r.passage), (p) => p.key, null),
    ),
    passagesOfInitiative: new DataLoader<string, PassageRow[]>(async (keys) =>
      groupByKeys(keys, await repository.passagesOfInitiatives(keys), (r) => r.key).map((rows) => rows.map((r) => r.passage)),
    ),
    marks: new DataLoader<string, PassageMarkRow[]>(async (keys) => groupByKeys(keys, await repository.marks(keys), (r) => r.key)),
  };
}
