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
  INDICATOR = 'indicator',
}
registerEnumType(NodeKind, { name: 'NodeKind', description: 'Kinds of entity in the graph (PARTNER covers every organisation, partner or mentioned).' });

export const kindsOf = (kinds: NodeKind[] | null | undefined): Kind[] | null => (kinds && kinds.length > 0 ? (kinds as string[] as Kind[]) : null);
