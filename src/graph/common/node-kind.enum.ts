import { registerEnumType } from 'type-graphql';
import { KIND_OF_API_NAME, type Kind } from '../../vocabulary/node-kinds';

/** The schema's NodeKind, from the vocabulary: names are API names, values the kinds (`PARTNER: 'organisation'`). */
export const NodeKind = KIND_OF_API_NAME;
export type NodeKind = (typeof NodeKind)[keyof typeof NodeKind];
registerEnumType(NodeKind, { name: 'NodeKind', description: 'Kinds of entity in the graph (PARTNER covers every organisation, partner or mentioned).' });

export const kindsOf = (kinds: NodeKind[] | null | undefined): Kind[] | null => (kinds && kinds.length > 0 ? kinds : null);
