import type { ArgOptions } from 'type-graphql';

/** The `basis` argument every relationship field takes: STATED keeps only what the report says in words. */
export const BASIS_ARG: ArgOptions = {
  nullable: true,
  description: 'Only links of this basis (STATED: what the report says in words; INFERRED: our reading). Omit for both.',
};
