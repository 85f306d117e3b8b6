import type { RelationshipType } from '../../vocabulary/relationship-types';
import type { Context } from '../context';
import { toEntity, toEvidence, type EntityObject } from '../common/entity.mapper';
import { Basis, type Evidence } from '../common/evidence.type';
import type { Direction } from './link.repository';

export interface EdgeObject {
  /** Globally unique: the side it is seen from and the relationship key ("out:initiative:x|IN_TOWN|town:y"). */
  id: string;
  node: EntityObject;
  evidence: Evidence;
  event: string | null;
  role: string | null;
  type: RelationshipType;
}

/**
 * The edges of one node for one relationship type, through the request's batched loader; with a
 * `basis`, only the links of that basis (the loader fetches all once; the filter costs nothing more).
 */
export async function linkEdges(
  context: Context,
  key: string,
  type: RelationshipType,
  direction: Direction,
  basis?: Basis | null,
): Promise<EdgeObject[]> {
  const rows = await context.loaders.links(type, direction).load(key);
  return rows.filter((row) => !basis || Basis[row.rel.basis] === basis).map((row) => ({
    id: `${direction}:${String(row.rel.key)}`,
    node: toEntity(row.target, row.labels),
    evidence: toEvidence(row.rel),
    event: row.rel.event,
    role: type === 'DECIDED_BY' || type === 'INVOLVES' ? type : null,
    type,
  }));
}

/** Committee links come in two types; both are one field with a role. */
export async function committeeEdges(context: Context, key: string, direction: Direction, basis?: Basis | null): Promise<EdgeObject[]> {
  const [decided, involves] = await Promise.all([
    linkEdges(context, key, 'DECIDED_BY', direction, basis),
    linkEdges(context, key, 'INVOLVES', direction, basis),
  ]);
  return [...decided, ...involves];
}
