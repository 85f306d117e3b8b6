import type { WriteWork } from '../../db/database';
import type { SourceGraph } from '../to-graph';

const BATCH = 500;

/**
 * Writes the documents, passages and evidence spans in the caller's transaction (after the
 * initiatives, which the passages link to) and removes those the data no longer has.
 */
export async function loadSources(tx: WriteWork, sources: SourceGraph): Promise<number> {
  await tx.run('evidence/merge-documents', { documents: sources.documents });
  for (let i = 0; i < sources.passages.length; i += BATCH) {
    await tx.run('evidence/merge-passages', { passages: sources.passages.slice(i, i + BATCH) });
  }
  for (let i = 0; i < sources.evidence.length; i += BATCH) {
    await tx.run('evidence/merge-evidence', { evidence: sources.evidence.slice(i, i + BATCH) });
  }
  const keys = [...sources.documents, ...sources.passages, ...sources.evidence].map((n) => String(n.key));
  const [row] = await tx.run('evidence/delete-stale', { keys });
  return Number(row?.deleted ?? 0);
}
