import { registerEnumType } from 'type-graphql';
import { KIND_OF_API_NAME, type Kind } from '../../vocabulary/node-kinds';

/** The schema's NodeKind, from the vocabulary: names are API names, values the kinds (`PARTNER: 'organisation'`). */
export const NodeKind = KIND_OF_API_NAME;
export type NodeKind = (typeof NodeKind)[keyof typeof NodeKind];
registerEnumType(NodeKind, {
  name: 'NodeKind',
  description: 'Kinds of entity in the graph (PARTNER covers every organisation, partner or mentioned).',
  valuesConfig: {
    STRATEGY: { description: 'The strategy Fremtidens Legeplads (type Strategy).' },
    THEME: { description: 'One of its three themes (Theme).' },
    RECOMMENDATION: { description: 'One of the report\'s three recommendations (Recommendation).' },
    INITIATIVE: { description: 'One of the 100 examples (Initiative).' },
    TOWN: { description: 'A town or locality of the municipality (Town).' },
    PARTNER: { description: 'An external organisation, partner or only mentioned (Partner).' },
    UNIT: { description: 'A unit of the municipality itself (Unit).' },
    COMMITTEE: { description: 'Kommunalbestyrelsen or an udvalg (Committee).' },
    YEAR: { description: 'A year with dated events (Year).' },
    RESULT: { description: 'A result of an initiative (Result).' },
  },
});

export const kindsOf = (kinds: NodeKind[] | null | undefined): Kind[] | null => (kinds && kinds.length > 0 ? kinds : null);
