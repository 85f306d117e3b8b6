import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { seedDir } from '../paths';

/** The lines of each example's text, by initiative id, from seed/passages.yaml (ranges of source lines). */
export function readExampleLines(sourceText: string, root = seedDir): Map<string, string[]> | null {
  const file = path.join(root, 'passages.yaml');
  if (!existsSync(file)) return null;
  const lines = sourceText.split('\n');
  const data = parse(readFileSync(file, 'utf8')) as { passages?: { initiative: string; lines: [number, number][] }[] };
  const texts = new Map<string, string[]>();
  for (const passage of data.passages ?? []) {
    texts.set(
      passage.initiative,
      passage.lines.flatMap(([first, last]) => lines.slice(first - 1, last)),
    );
  }
  return texts;
}
