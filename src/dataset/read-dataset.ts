import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { seedDir } from '../paths';
import type { Dataset, InitiativeEntry, Located, NamedEntry, OrganisationEntry, StrategyFile, TownEntry, UnitEntry } from './dataset.types';

/** A problem with the dataset, located well enough for a curator to fix it. */
export interface DatasetProblem {
  file: string;
  entry?: string;
  message: string;
}

export class DatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    super(`The dataset is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'DatasetError';
  }
}

export function formatProblem(problem: DatasetProblem): string {
  return `  ${problem.file}${problem.entry ? ` [${problem.entry}]` : ''}: ${problem.message}`;
}

/** Raw parsed files, before schema validation: what the validator sees. */
export interface RawDataset {
  root: string;
  files: { file: string; kind: FileKind; data: unknown }[];
  problems: DatasetProblem[];
}

export type FileKind = 'strategy' | 'towns' | 'organisations' | 'units' | 'committees' | 'initiative';

const ENTITY_FILES: [string, FileKind][] = [
  ['strategy.yaml', 'strategy'],
  ['towns.yaml', 'towns'],
  ['organisations.yaml', 'organisations'],
  ['units.yaml', 'units'],
  ['committees.yaml', 'committees'],
];

/** Reads every YAML file of the dataset; unreadable files become problems, not exceptions. */
export function readRawDataset(root = seedDir): RawDataset {
  const files: RawDataset['files'] = [];
  const problems: DatasetProblem[] = [];
  const load = (relative: string, kind: FileKind) => {
    const full = path.join(root, relative);
    if (!existsSync(full)) {
      problems.push({ file: relative, message: 'file is missing' });
      return;
    }
    try {
      files.push({ file: relative, kind, data: parse(readFileSync(full, 'utf8')) });
    } catch (error) {
      problems.push({ file: relative, message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    }
  };
  for (const [name, kind] of ENTITY_FILES) load(name, kind);
  const initiativesDir = path.join(root, 'initiatives');
  const names = existsSync(initiativesDir) ? readdirSync(initiativesDir).filter((n) => n.endsWith('.yaml')).sort() : [];
  for (const name of names) load(path.join('initiatives', name), 'initiative');
  return { root, files, problems };
}

/** Groups schema-valid raw files into the typed dataset. */
export function assembleDataset(raw: RawDataset): Dataset {
  const of = <T>(kind: FileKind, key: string): Located<T>[] =>
    raw.files
      .filter((f) => f.kind === kind)
      .flatMap((f) => ((f.data as Record<string, T[]>)[key] ?? []).map((entry) => ({ file: f.file, entry })));
  const strategyFile = raw.files.find((f) => f.kind === 'strategy');
  if (!strategyFile) throw new DatasetError([{ file: 'strategy.yaml', message: 'file is missing' }]);
  return {
    strategy: { file: strategyFile.file, entry: strategyFile.data as StrategyFile },
    towns: of<TownEntry>('towns', 'towns'),
    organisations: of<OrganisationEntry>('organisations', 'organisations'),
    units: of<UnitEntry>('units', 'units'),
    committees: of<NamedEntry>('committees', 'committees'),
    initiatives: raw.files
      .filter((f) => f.kind === 'initiative')
      .map((f) => ({ file: f.file, entry: f.data as InitiativeEntry })),
  };
}
