import { registerEnumType } from 'type-graphql';
import type { Kind } from './entity.mapper';

export enum NodeKind {
  STRATEGY = 'strategy',
  THEME = 'theme',
  RECOMMENDATION = 'recommendation',
  INITIATIVE = 'initiative',
  TOWN = 'town',
  PARTNER = 'organisation',
  UNIT = 'unit',
  COMMITTEE = 'committee',
  YEAR = 'year',
  RESULT = 'result',
}
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

export const kindsOf = (kinds: NodeKind[] | null | undefined): Kind[] | null => (kinds && kinds.length > 0 ? (kinds as string[] as Kind[]) : null);
