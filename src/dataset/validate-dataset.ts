import path from 'node:path';
import type { Dataset, InitiativeEntry, Located, NamedEntry } from './dataset.types';
import { nameKey } from './name-key';
import { assembleDataset, type DatasetProblem, type RawDataset } from './read-dataset';
import { checkBodies } from './check-bodies';
import { checkResults, unclassifiedAllowed } from './check-results';
import { checkSchema } from './schema-check';
import type { SourceText } from './source-text';
import { parseTableOfContents } from './table-of-contents';
import type { Kind as NodeKindName } from '../vocabulary/node-kinds';

export interface ValidationReport {
  problems: DatasetProblem[];
  warnings: DatasetProblem[];
  dataset?: Dataset;
}

/**
 * Everything `npm run validate:data` checks, in order: YAML, schema, then (only on a
 * schema-valid dataset) ids, references, spellings, quotes and the table of contents.
 */
export interface ValidationOptions {
  /**
   * Report a result without level/kind/support as a warning instead of a problem. Only for the
   * time the classification is being written; default from SEED_ALLOW_UNCLASSIFIED_RESULTS=1.
   */
  allowUnclassifiedResults?: boolean;
}

export function validateDataset(raw: RawDataset, source: SourceText, options: ValidationOptions = {}): ValidationReport {
  const unclassified: DatasetProblem[] = [];
  const allow = options.allowUnclassifiedResults ?? unclassifiedAllowed();
  const problems = [...raw.problems, ...checkSchema(raw, allow ? unclassified : undefined)];
  const warnings: DatasetProblem[] = unclassified.map((w) => ({ ...w, message: `${w.message} (allowed by SEED_ALLOW_UNCLASSIFIED_RESULTS)` }));
  if (problems.length > 0) return { problems, warnings };
  const dataset = assembleDataset(raw);
  problems.push(
    ...checkUniqueIds(dataset),
    ...checkSpellings(dataset),
    ...checkReferences(dataset, warnings),
    ...checkQuotes(dataset, source),
    ...checkResults(dataset, source),
    ...checkBodies(dataset, source, warnings),
    ...checkTableOfContents(dataset, source),
  );
  return { problems, warnings, dataset };
}

// The kinds an entry may refer to by id: a subset of the vocabulary's, so a renamed kind fails to compile here.
type Kind = Extract<NodeKindName, 'town' | 'organisation' | 'unit' | 'committee' | 'initiative' | 'theme'>;

function entitiesByKind(dataset: Dataset): Record<Kind, Located<NamedEntry | InitiativeEntry | { id: string }>[]> {
  const file = dataset.strategy.file;
  return {
    town: dataset.towns,
    organisation: dataset.organisations,
    unit: dataset.units,
    committee: dataset.committees,
    initiative: dataset.initiatives,
    theme: dataset.strategy.entry.themes.map((entry) => ({ file, entry })),
  };
}

function checkUniqueIds(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  for (const [kind, list] of Object.entries(entitiesByKind(dataset))) {
    const seen = new Map<string, string>();
    for (const { file, entry } of list) {
      const first = seen.get(entry.id);
      if (first) problems.push({ file, entry: entry.id, message: `duplicate ${kind} id (first in ${first})` });
      else seen.set(entry.id, file);
    }
  }
  for (const { file, entry } of dataset.initiatives) {
    const expected = `${String(entry.number).padStart(3, '0')}-${entry.id}.yaml`;
    if (path.basename(file) !== expected) {
      problems.push({ file, entry: entry.id, message: `file should be named ${expected}` });
    }
  }
  return problems;
}

/** One real-world body, one node: names and aliases must not collide across entries of a kind. */
function checkSpellings(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const groups: Located<NamedEntry>[][] = [dataset.towns, [...dataset.organisations, ...dataset.units], dataset.committees];
  for (const group of groups) {
    const owner = new Map<string, string>();
    for (const { file, entry } of group) {
      const spellings = new Set([entry.name, ...(entry.aliases ?? [])].map(nameKey));
      for (const spelling of spellings) {
        const other = owner.get(spelling);
        if (other && other !== entry.id) {
          problems.push({ file, entry: entry.id, message: `same name as "${other}" under another spelling; merge them and keep the spelling as an alias` });
        } else owner.set(spelling, entry.id);
      }
    }
  }
  return problems;
}

function checkReferences(dataset: Dataset, warnings: DatasetProblem[]): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const ids = Object.fromEntries(
    Object.entries(entitiesByKind(dataset)).map(([kind, list]) => [kind, new Set(list.map((l) => l.entry.id))]),
  ) as Record<Kind, Set<string>>;
  const used = new Set<string>();
  const refer = (file: string, owner: string, field: string, kind: Kind, id: string) => {
    used.add(`${kind}:${id}`);
    if (!ids[kind].has(id)) problems.push({ file, entry: owner, message: `${field}: no ${kind} with id "${id}"` });
  };
  for (const rec of dataset.strategy.entry.recommendations) {
    refer(dataset.strategy.file, rec.id, 'theme', 'theme', rec.theme);
  }
  for (const { file, entry } of dataset.initiatives) {
    const lists: [keyof InitiativeEntry, Kind][] = [
      ['themes', 'theme'],
      ['towns', 'town'],
      ['partners', 'organisation'],
      ['mentions', 'organisation'],
      ['units', 'unit'],
      ['committees', 'committee'],
      ['related', 'initiative'],
    ];
    for (const [field, kind] of lists) {
      const links = (entry[field] as { id: string }[] | undefined) ?? [];
      const seen = new Set<string>();
      for (const link of links) {
        refer(file, entry.id, field, kind, link.id);
        if (seen.has(link.id)) problems.push({ file, entry: entry.id, message: `${field}: "${link.id}" is listed twice` });
        seen.add(link.id);
      }
    }
    const partners = new Set((entry.partners ?? []).map((p) => p.id));
    for (const mention of entry.mentions ?? []) {
      if (partners.has(mention.id)) {
        problems.push({ file, entry: entry.id, message: `"${mention.id}" is both a partner and a mention; choose its role` });
      }
    }
    if ((entry.related ?? []).some((r) => r.id === entry.id)) {
      problems.push({ file, entry: entry.id, message: 'related: an initiative cannot be related to itself' });
    }
  }
  const entityLists: [Kind, Located<NamedEntry>[]][] = [
    ['organisation', dataset.organisations],
    ['unit', dataset.units],
    ['committee', dataset.committees],
  ];
  for (const [kind, list] of entityLists) {
    for (const { file, entry } of list) {
      if (!used.has(`${kind}:${entry.id}`)) warnings.push({ file, entry: entry.id, message: `${kind} is not linked from any initiative` });
    }
  }
  return problems;
}

function checkQuotes(dataset: Dataset, source: SourceText): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const check = (file: string, entry: string, where: string, quote: string | undefined) => {
    if (quote !== undefined && !source.contains(quote)) {
      problems.push({ file, entry, message: `${where}: quote not found in the source: "${quote}"` });
    }
  };
  const { file: strategyFile, entry: strategy } = dataset.strategy;
  check(strategyFile, strategy.strategy.id, 'strategy', strategy.strategy.quote);
  for (const theme of strategy.themes) check(strategyFile, theme.id, 'theme', theme.quote);
  for (const rec of strategy.recommendations) check(strategyFile, rec.id, 'recommendation', rec.quote);
  for (const { file, entry } of dataset.towns) {
    check(file, entry.id, 'town', entry.quote);
    check(file, entry.id, 'profile', entry.profile?.quote);
  }
  for (const { file, entry } of dataset.initiatives) {
    check(file, entry.id, 'status', entry.status?.quote);
    const lists = ['themes', 'towns', 'partners', 'mentions', 'units', 'committees', 'years', 'results', 'related'] as const;
    for (const field of lists) {
      const links = (entry[field] as { quote: string; id?: string; year?: number; text?: string }[] | undefined) ?? [];
      links.forEach((link, index) => check(file, entry.id, `${field}[${index}] ${link.id ?? link.year ?? link.text ?? ''}`.trim(), link.quote));
    }
  }
  return problems;
}

/** All examples of the contents present exactly once, with the number, title and page printed there. */
function checkTableOfContents(dataset: Dataset, source: SourceText): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const toc = parseTableOfContents(source.raw);
  const byNumber = new Map<number, Located<InitiativeEntry>[]>();
  for (const located of dataset.initiatives) {
    const list = byNumber.get(located.entry.number) ?? [];
    list.push(located);
    byNumber.set(located.entry.number, list);
  }
  for (const item of toc) {
    const found = byNumber.get(item.number) ?? [];
    if (found.length === 0) {
      problems.push({ file: 'initiatives/', entry: `#${item.number}`, message: `example "${item.title}" (page ${item.page}) of the contents is missing` });
      continue;
    }
    if (found.length > 1) {
      problems.push({ file: found[1].file, entry: found[1].entry.id, message: `example number ${item.number} appears ${found.length} times` });
    }
    const { file, entry } = found[0];
    if (nameKey(entry.title) !== nameKey(item.title)) {
      problems.push({ file, entry: entry.id, message: `title "${entry.title}" differs from the contents: "${item.title}"` });
    }
    if (entry.page !== item.page) {
      problems.push({ file, entry: entry.id, message: `page ${entry.page} differs from the contents: ${item.page}` });
    }
  }
  for (const { file, entry } of dataset.initiatives) {
    if (!toc.some((item) => item.number === entry.number)) {
      problems.push({ file, entry: entry.id, message: `number ${entry.number} is not an example of the contents` });
    }
  }
  return problems;
}
