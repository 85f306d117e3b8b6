import {
  getNamedType,
  getNullableType,
  getVariableValues,
  isLeafType,
  isListType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { listSize } from './list-sizes';

/**
 * Each field costs 1 per object it is resolved on; a list multiplies the cost of everything below
 * it by its expected size (list-sizes.ts). `{ initiatives { title number } }` costs 100 × (1 + 2).
 * Introspection fields cost 1 each without multiplying: graphql-js bounds their nesting.
 */
const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith('__') || type.name.startsWith('__')) return 1 + childComplexity;
  if (isLeafType(getNamedType(field.type))) return 1;
  const isList = isListType(getNullableType(field.type));
  return listSize(type.name, field.name, isList, args) * (1 + childComplexity);
};

/**
 * The estimated cost of one operation with its variables; undefined when the variables do not fit
 * the operation (execution then refuses them with its own, clearer error). A document too large
 * for the estimator to walk (more than 10,000 field visits) costs Infinity: refused, never waved through.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: FragmentDefinitionNode[],
  variables: Record<string, unknown> | undefined,
): number | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return undefined;
  // Only the operation that will run is estimated, not its siblings in the document.
  const query: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
  try {
    return getComplexity({ schema, query, variables, estimators: [estimator] });
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
