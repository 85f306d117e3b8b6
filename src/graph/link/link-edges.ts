import type { RelationshipType } from '../../vocabulary/relationship-types';
import type { Context } from '../context';
import { toEntity, toEvidence, type EntityObject } from '../common/entity.mapper';
import type { Evidence } from '../common/evidence.type';
import type { Direction } from './link.repository';

export interface EdgeObject {
  node: EntityObject;
  evidence: Evidence;
  event: string | null;
  role: string | null;
  type: RelationshipType;
}

/** The edges of one node for one relationship type, through the request's batched loader. */
export async function linkEdges(context: Context, key: string, type: RelationshipType, direction: Direction): Promise<EdgeObject[]> {
  const rows = await context.loaders.links(type, direction).load(key);
  return rows.map((row) => ({
    node: toEntity(row.target, row.labels),
    evidence: toEvidence(row.rel),
    event: row.rel.event,
    role: type === 'DECIDED_BY' || type === 'INVOLVES' ? type : null,
    type,
  }));
}

/** Committee links come in two types; both are one field with a role. */
export async function committeeEdges(context: Context, key: string, direction: Direction): Promise<EdgeObject[]> {
  const [decided, involves] = await Promise.all([
    linkEdges(context, key, 'DECIDED_BY', direction),
    linkEdges(context, key, 'INVOLVES', direction),
  ]);
  return [...decided, ...involves];
}
