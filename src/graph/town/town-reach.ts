import { registerEnumType } from 'type-graphql';

export enum TownReach {
  IN = 'IN',
  TOUCHES = 'TOUCHES',
}
registerEnumType(TownReach, {
  name: 'TownReach',
  description: 'How an initiative belongs to a town.',
  valuesConfig: {
    IN: { description: 'It happens in the town (IN_TOWN).' },
    TOUCHES: {
      description:
        'It happens in the town, or works with, mentions or is run by an organisation or unit located there ' +
        '(IN_TOWN, or WITH_PARTNER / MENTIONS / RUN_BY to a body with LOCATED_IN the town).',
    },
  },
});

export enum Match {
  ANY = 'ANY',
  ALL = 'ALL',
}
registerEnumType(Match, {
  name: 'Match',
  description: 'How a list of values in a filter combines.',
  valuesConfig: {
    ANY: { description: 'At least one of the values (OR).' },
    ALL: { description: 'Every one of the values (AND).' },
  },
});
