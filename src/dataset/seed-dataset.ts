import type { Database } from '../db/database';
import { seedDir } from '../paths';
import { fingerprintOf, loadGraph, type LoadSummary } from './load-dataset';
import { DatasetError, readRawDataset } from './read-dataset';
import { SourceText } from './source-text';
import { toGraph } from './to-graph';
import { withEvidence } from './evidence/evidence-graph';
import { validateDataset } from './validate-dataset';

/**
 * Validates seed/ completely before anything is written; an invalid dataset throws a
 * DatasetError naming each file and entry, and the graph is left as it was.
 */
export async function seedDatabase(database: Database, root = seedDir, source = SourceText.load()): Promise<LoadSummary> {
  const report = validateDataset(readRawDataset(root), source);
  if (report.problems.length > 0 || !report.dataset || !report.evidence) throw new DatasetError(report.problems);
  return loadGraph(database, withEvidence(toGraph(report.dataset), report.evidence));
}

/** The fingerprint a load of seed/ records, for /ready to compare; undefined when seed/ is invalid. */
export function seedFingerprint(root = seedDir, source = SourceText.load()): string | undefined {
  const report = validateDataset(readRawDataset(root), source);
  // The same graph seedDatabase loads, evidence included: a fingerprint of less would never match
  // what a load of seed/ records, and /ready would call every fresh seed "not seed/'s version".
  return report.problems.length === 0 && report.dataset && report.evidence
    ? fingerprintOf(withEvidence(toGraph(report.dataset), report.evidence))
    : undefined;
}
