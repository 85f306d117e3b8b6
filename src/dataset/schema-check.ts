import Ajv, { type AnySchema, type ErrorObject, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { seedDir } from '../paths';
import type { DatasetProblem, FileKind, RawDataset } from './read-dataset';

const DEFINITION: Record<FileKind, string> = {
  strategy: 'strategyFile',
  towns: 'townsFile',
  organisations: 'organisationsFile',
  units: 'unitsFile',
  committees: 'committeesFile',
  initiative: 'initiativeFile',
};

let validators: Map<FileKind, ValidateFunction> | undefined;

function compile(): Map<FileKind, ValidateFunction> {
  const schema = JSON.parse(readFileSync(path.join(seedDir, 'schema', 'dataset.schema.json'), 'utf8')) as AnySchema;
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema(schema);
  const map = new Map<FileKind, ValidateFunction>();
  for (const [kind, name] of Object.entries(DEFINITION) as [FileKind, string][]) {
    const validate = ajv.getSchema(`dataset#/$defs/${name}`);
    if (!validate) throw new Error(`seed/schema/dataset.schema.json has no $defs/${name}`);
    map.set(kind, validate);
  }
  return map;
}

/** The classification every result must carry (seed/README.md, "Results"). */
const CLASSIFICATION_FIELDS = new Set(['level', 'kind', 'support']);

/**
 * Checks each file against seed/schema/dataset.schema.json; problems name the entry by its id.
 * `unclassified` receives, instead of `problems`, a result's missing level/kind/support when the
 * caller allows unclassified results (only while the classification is being written).
 */
export function checkSchema(raw: RawDataset, unclassified?: DatasetProblem[]): DatasetProblem[] {
  validators ??= compile();
  const problems: DatasetProblem[] = [];
  for (const { file, kind, data } of raw.files) {
    const validate = validators.get(kind)!;
    if (validate(data)) continue;
    for (const error of validate.errors ?? []) {
      const problem = { file, entry: entryName(data, error), message: describe(error) };
      if (unclassified && isMissingClassification(error)) unclassified.push(problem);
      else problems.push(problem);
    }
  }
  return problems;
}

function isMissingClassification(error: ErrorObject): boolean {
  return (
    error.keyword === 'required' &&
    /^\/results\/\d+$/.test(error.instancePath) &&
    CLASSIFICATION_FIELDS.has((error.params as { missingProperty: string }).missingProperty)
  );
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || '/';
  if (error.keyword === 'additionalProperties') {
    return `${where}: unknown field "${(error.params as { additionalProperty: string }).additionalProperty}"`;
  }
  if (error.keyword === 'enum') {
    return `${where}: must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  }
  return `${where}: ${error.message}`;
}

/** "towns[3]" becomes the id of that town, so that the curator sees which entry is wrong. */
function entryName(data: unknown, error: ErrorObject): string | undefined {
  const parts = error.instancePath.split('/').filter(Boolean);
  if (parts.length >= 2 && data && typeof data === 'object') {
    const list = (data as Record<string, unknown>)[parts[0]];
    const item: unknown = Array.isArray(list) ? list[Number(parts[1])] : undefined;
    const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    if (typeof id === 'string') return `${parts[0]}: ${id}`;
  }
  const id = data && typeof data === 'object' ? (data as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}
