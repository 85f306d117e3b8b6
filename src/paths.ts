import { existsSync } from 'node:fs';
import path from 'node:path';

// The same code runs from src/ (ts-jest) and from dist/src/ (tsc build), so the project root is
// found by walking up to package.json instead of counting "..".
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${start}`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot(__dirname);
export const cypherDir = path.join(projectRoot, 'cypher');
export const seedDir = path.join(projectRoot, 'seed');
export const schemaFile = path.join(projectRoot, 'schema', 'schema.graphql');
/** Interfaces and unions with their concrete types, for client caches (generated with schema.graphql). */
export const possibleTypesFile = path.join(projectRoot, 'schema', 'possible-types.json');
/** The vocabulary as the explorer sees it, written by `npm run schema:emit`. */
export const explorerKindsFile = path.join(projectRoot, 'explorer', 'src', 'generated', 'node-kinds.ts');
export const launcherDir = path.join(projectRoot, 'neo4j-local');
/** The explorer's bundle, written by explorer/build.mjs during `npm run build`. */
export const explorerDir = path.join(projectRoot, 'dist', 'explorer');
