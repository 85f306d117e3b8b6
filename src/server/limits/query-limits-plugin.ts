import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, Kind, OperationTypeNode, type FragmentDefinitionNode } from 'graphql';
import type { QueryLimits } from '../../config';
import { countAliases, countOperations } from './document-counts';
import { OperationNotSupportedError, QueryLimitError } from './limit-error';
import { measureOperation } from './operation-measure';

/**
 * Refuses a parsed and validated request that exceeds a limit, before any resolver runs. It is a
 * plugin rather than a validation rule because Apollo rewrites every validation error's code to
 * GRAPHQL_VALIDATION_FAILED, and because the cost depends on the variables (`first: $n`).
 * Every check here takes time linear in the document (the parser caps its tokens, see apollo.ts).
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
          // The API is read-only: graphql-js 16 validates a mutation against a schema without a
          // Mutation type and only fails at execution, as an internal error.
          if (operation.operation !== OperationTypeNode.QUERY) throw new OperationNotSupportedError(operation.operation);
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) return; // execution refuses the variables with its own, clearer error
          const fragments = new Map(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
          );
          const { depth, cost } = measureOperation(schema, operation, fragments, coerced.coerced);
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
