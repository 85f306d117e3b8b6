import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, OperationTypeNode } from 'graphql';
import type { QueryLimits } from '../../config';
import { LimitFigures } from './limit-figures';
import { OperationNotSupportedError, QueryLimitError } from './limit-error';

/**
 * Refuses a parsed and validated request that exceeds a limit, before any resolver runs. It is a
 * plugin rather than a validation rule because Apollo rewrites every validation error's code to
 * GRAPHQL_VALIDATION_FAILED, and because the cost depends on the variables (`first: $n`).
 * Every check here takes time linear in the document (the parser caps its tokens, see apollo.ts),
 * and its figures are remembered per query text (limit-figures.ts), so a repeated query is not walked again.
 */
export function queryLimitsPlugin(limits: QueryLimits, figures = new LimitFigures()): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema, queryHash }) {
          const known = figures.document(queryHash, document, schema);
          const operations = known.operations;
          if (operations > limits.maxOperations) {
            throw new QueryLimitError('TOO_MANY_OPERATIONS', 'The number of operations in the document', 'QUERY_MAX_OPERATIONS', limits.maxOperations, operations);
          }
          const aliases = known.aliases;
          if (aliases > limits.maxAliases) {
            throw new QueryLimitError('TOO_MANY_ALIASES', 'The number of aliases', 'QUERY_MAX_ALIASES', limits.maxAliases, aliases);
          }
          if (!operation) return; // execution reports the missing or ambiguous operation
          // The API is read-only: graphql-js 16 validates a mutation against a schema without a
          // Mutation type and only fails at execution, as an internal error.
          if (operation.operation !== OperationTypeNode.QUERY) throw new OperationNotSupportedError(operation.operation);
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) return; // execution refuses the variables with its own, clearer error
          const { depth, cost } = figures.measure(queryHash, known, schema, operation, coerced.coerced);
          if (depth > limits.maxDepth) {
            throw new QueryLimitError('QUERY_TOO_DEEP', 'The query depth', 'QUERY_MAX_DEPTH', limits.maxDepth, depth);
          }
          if (cost > limits.maxCost) {
            throw new QueryLimitError('QUERY_TOO_COMPLEX', 'The estimated query cost', 'QUERY_MAX_COST', limits.maxCost, cost);
          }
        },
      };
    },
  };
}
