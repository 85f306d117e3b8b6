import DataLoader from 'dataloader';
import { orderByKeys } from '../batch';
import type { InitiativeRecord } from './initiative.record';
import type { InitiativeRepository } from './initiative.repository';

/** Initiatives by id, batched into one query per request tick. */
export function initiativeLoader(repository: InitiativeRepository) {
  return new DataLoader<string, InitiativeRecord | null>(async (ids) =>
    orderByKeys(ids, await repository.byIds(ids), (row) => row.id, null),
  );
}
