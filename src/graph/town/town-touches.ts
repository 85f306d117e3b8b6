import type { Context } from '../context';
import type { Basis } from '../common/evidence.type';
import { linkEdges, type EdgeObject } from '../link/link-edges';

/** The links from an initiative to a body through which it can touch a town. */
const BODY_LINKS = ['WITH_PARTNER', 'MENTIONS', 'RUN_BY'] as const;

export interface TouchEdge extends EdgeObject {
  via: EdgeObject['node'] | null;
}

/**
 * Initiatives that happen in the town or touch it through a body located there, each path once:
 * first those in the town, then one edge per (initiative, body); by report number, then body name.
 * Built from the request's batched link loaders, so a list of towns costs a few queries, not one per town.
 */
export async function touchingEdges(context: Context, townKey: string, basis?: Basis | null): Promise<TouchEdge[]> {
  const [inTown, located] = await Promise.all([
    linkEdges(context, townKey, 'IN_TOWN', 'in', basis),
    linkEdges(context, townKey, 'LOCATED_IN', 'in', basis),
  ]);
  const direct: TouchEdge[] = inTown.map((edge) => ({ ...edge, via: null }));
  const through = await Promise.all(
    located.flatMap((body) =>
      BODY_LINKS.map(async (type) =>
        (await linkEdges(context, body.node.id, type, 'in', basis)).map((edge): TouchEdge => ({
          ...edge,
          id: `touch:${townKey}|${edge.id}`,
          via: body.node,
        })),
      ),
    ),
  );
  const number = (edge: TouchEdge) => Number(edge.node.number ?? 0);
  const name = (edge: TouchEdge) => (edge.via ? String(edge.via.label) : '');
  return [...direct, ...through.flat()].sort(
    (a, b) => number(a) - number(b) || Number(a.via !== null) - Number(b.via !== null) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0),
  );
}
