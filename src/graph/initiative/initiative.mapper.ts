import type { InitiativeRecord } from './initiative.record';
import type { Initiative } from './initiative.type';

export function toInitiative(record: InitiativeRecord): Initiative {
  return {
    id: record.key,
    slug: record.id,
    number: record.number,
    title: record.title,
    page: record.page,
    summary: record.summary,
    status: record.status,
  };
}
