import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface LogExcerpt {
  file: string;
  lines: string[];
}

// The end of the file is enough: a failed start is the last thing Neo4j wrote.
const TAIL_BYTES = 256 * 1024;

/**
 * Why Neo4j failed to start, from its own debug.log in the data folder: the last ERROR line and
 * the "Caused by" lines of its stack trace (the innermost names the broken file or setting).
 * Undefined when there is no log or no error in it.
 */
export function startFailureCause(dataDir: string, maxLines = 8): LogExcerpt | undefined {
  const file = path.join(dataDir, 'logs', 'debug.log');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.slice(-TAIL_BYTES).split('\n');
  let last = -1;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    if (/^\S+ \S+ ERROR /.test(lines[i])) {
      last = i;
      break;
    }
  }
  if (last < 0) return undefined;
  const excerpt = [lines[last]];
  for (let i = last + 1; i < lines.length && excerpt.length < maxLines; i += 1) {
    const line = lines[i];
    if (/^\S+ \S+ (INFO|WARN|ERROR|DEBUG) /.test(line)) break; // the next entry
    if (i === last + 1 || /^Caused by:/.test(line)) excerpt.push(line);
  }
  return { file, lines: excerpt };
}
