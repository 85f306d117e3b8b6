import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/paths';
import { report } from './markdown';
import type { DatasetResult } from './results';

export const resultsDir = path.join(projectRoot, 'bench', 'results');
export const readmeFile = path.join(projectRoot, 'bench', 'README.md');
const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/** The newest result of each dataset in the folder (files named <run>-<dataset>.json). */
export function latestRun(dir = resultsDir): DatasetResult[] {
  const files = readdirSync(dir).filter((file) => /^\d{4}-\d{2}-\d{2}T\d{4}-[a-z0-9]+\.json$/.test(file)).sort();
  if (files.length === 0) throw new Error(`No results in ${dir}: run npm run bench first`);
  const newest = new Map<string, string>();
  for (const file of files) newest.set(file.slice(16, -'.json'.length), file);
  return [...newest.values()].map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as DatasetResult);
}

/** Replaces the part of bench/README.md between the markers with the tables of the given run. */
export function updateReadme(results: DatasetResult[], file = readmeFile): void {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} has no ${START} … ${END} section`);
  writeFileSync(file, `${text.slice(0, start + START.length)}\n${report(results)}\n${text.slice(end)}`);
}

// `npm run bench:table`: regenerate the README tables from the newest results JSON.
if (require.main === module) {
  updateReadme(latestRun(process.argv[2] ?? resultsDir));
  console.log(`Updated ${readmeFile}`);
}
