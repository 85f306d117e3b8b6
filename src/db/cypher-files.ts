import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cypherDir } from '../paths';

const cache = new Map<string, string>();
const NAME = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;

/**
 * Returns the text of cypher/<name>.cypher. Names are checked so that a caller can never read
 * outside cypher/; the text is cached because it never changes while the process runs.
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!NAME.test(name)) throw new Error(`Invalid Cypher file name "${name}"`);
    text = readFileSync(path.join(cypherDir, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** Splits a multi-statement file (schema, maintenance) into statements; comments are dropped. */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
