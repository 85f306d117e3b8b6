import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode } from 'graphql';
import type { QueryLimits } from '../../config';
import { countAliases, countOperations } from './document-counts';
import { QueryLimitError } from './limit-error';
import { operationCost } from './query-cost';
import { operationDepth } from './query-depth';

/**
 * Refuses a parsed and validated request that exceeds a limit, before any resolver runs. It is a
 * plugin rather than a validation rule because Apollo rewrites every validation error's code to
 * GRAPHQL_VALIDATION_FAILED, and because the cost depends on the variables (`first: $n`).
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          const operations = countOperations(document);
          if (operations > limits.maxOperations) {
            throw new QueryLimitError('TOO_MANY_OPERATIONS', 'The number of operations in the document', 'QUERY_MAX_OPERATIONS', limits.maxOperations, operations);
          }
          const aliases = countAliases(document);
          if (aliases > limits.maxAliases) {
            throw new QueryLimitError('TOO_MANY_ALIASES', 'The number of aliases', 'QUERY_MAX_ALIASES', limits.maxAliases, aliases);
          }
          if (!operation) return; // execution reports the missing or ambiguous operation
          const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
          const depth = operationDepth(operation, new Map(fragments.map((f) => [f.name.value, f])));
          if (depth > limits.maxDepth) {
            throw new QueryLimitError('QUERY_TOO_DEEP', 'The query depth', 'QUERY_MAX_DEPTH', limits.maxDepth, depth);
          }
          const cost = operationCost(schema, operation, fragments, request.variables);
          if (cost !== undefined && cost > limits.maxCost) {
            throw new QueryLimitError('QUERY_TOO_COMPLEX', 'The estimated query cost', 'QUERY_MAX_COST', limits.maxCost, cost);
          }
        },
      };
    },
  };
}
