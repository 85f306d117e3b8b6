import { Kind, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * The number of nested fields on the deepest path of an operation, through fragments:
 * `{ initiatives { title } }` is 2. Introspection fields (`__schema`, `__type`, `__typename`) are not
 * counted: graphql-js's MaxIntrospectionDepthRule already bounds their nesting.
 */
export function operationDepth(operation: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): number {
  return selectionDepth(operation.selectionSet, fragments, new Set());
}

function selectionDepth(set: SelectionSetNode | undefined, fragments: ReadonlyMap<string, FragmentDefinitionNode>, visiting: Set<string>): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, fragments, visiting));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // Validation refuses fragment cycles; the guard only keeps a bug there from recursing forever.
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}
