import { isAbstractType, type GraphQLSchema } from 'graphql';

/**
 * The concrete types behind every interface and union, as Apollo Client's `possibleTypes` and
 * GraphQL Code Generator's fragment matcher want them: { Node: ["Committee", "Initiative", ...] }.
 * Sorted, so that the committed file changes only when the schema does.
 */
export function possibleTypes(schema: GraphQLSchema): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isAbstractType(type)) continue;
    result[type.name] = schema.getPossibleTypes(type).map((member) => member.name).sort();
  }
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export const printPossibleTypes = (schema: GraphQLSchema): string => `${JSON.stringify(possibleTypes(schema), null, 2)}\n`;
