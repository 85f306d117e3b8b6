import type { Passage } from '../dataset/evidence/passages';

/**
 * The lines of each example's text, by initiative id: the ranges of source lines of its passage.
 * The passages come from the one reader of seed/passages.yaml (src/dataset/evidence/passages.ts),
 * already checked there; this module only cuts the lines.
 */
export function exampleLines(sourceText: string, passages: readonly Passage[]): Map<string, string[]> {
  const lines = sourceText.split('\n');
  return new Map(passages.map((passage) => [passage.initiative, passage.ranges.flatMap(({ firstLine, lastLine }) => lines.slice(firstLine - 1, lastLine))]));
}
