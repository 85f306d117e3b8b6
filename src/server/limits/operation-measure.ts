import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isCompositeType,
  isLeafType,
  isObjectType,
  isInterfaceType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { FragmentCycleError } from './limit-error';
import { fieldCost } from './list-sizes';

/** Depth and estimated cost of one operation, measured in one walk. */
export interface OperationMeasure {
  /** Nested fields on the deepest path, through fragments: `{ initiatives { title } }` is 2. */
  depth: number;
  /** Each field costs its @cost weight (1) per object it is resolved on; a list multiplies what is below it by its @listSize. */
  cost: number;
}

/** A field's share of a selection set's cost, kept apart so that a parent's @listSize(sizedFields) can resize it. */
interface FieldShare {
  total: number;
  weight: number;
  /** The cost of the field's selection for one item of the list. */
  perItem: number;
}

/** A selection set's measure: its depth, its cost for each concrete type it may be resolved on, and each field's share. */
interface SetMeasure {
  depth: number;
  costs: Map<string, number>;
  fields: Map<string, FieldShare>;
}

/**
 * Measures an operation in time linear in the document: each fragment is measured once, whatever
 * the number of spreads that name it. (A walk that re-enters a fragment at every spread takes
 * 2^n steps on `fragment Fi { ...Fi+1 ...Fi+1 }`: a 1 KB document blocked the event loop for
 * seconds.) A fragment that spreads itself is refused: validation runs first in Apollo today, but
 * this walk must not depend on that to terminate.
 *
 * Cost follows graphql-query-complexity's model, which this replaced: for an abstract type the most
 * expensive possible type counts; introspection fields cost 1 each without multiplying (graphql-js
 * bounds their nesting) and add no depth; fields skipped by `@skip`/`@include` cost nothing.
 * `variables` must be the coerced values of the operation.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): OperationMeasure {
  const root = schema.getRootType(operation.operation);
  if (!root) return { depth: 0, cost: 0 };
  const walk = new Walk(schema, fragments, variables);
  const measure = walk.selectionSet(operation.selectionSet, root);
  return { depth: measure.depth, cost: maxCost(measure) };
}

const maxCost = (measure: SetMeasure): number => Math.max(0, ...measure.costs.values());

class Walk {
  // Measured fragments by name; a fragment's measure depends only on its own type condition.
  private readonly measured = new Map<string, SetMeasure>();
  // Fragments on the current path, to recognise a cycle.
  private readonly entered = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  selectionSet(set: SelectionSetNode, type: GraphQLCompositeType): SetMeasure {
    const possible = this.possibleTypeNames(type);
    const costs = new Map(possible.map((name) => [name, 0]));
    const fields = new Map<string, FieldShare>();
    const add = (cost: number, typeNames: readonly string[]) => {
      for (const name of typeNames) costs.set(name, (costs.get(name) ?? 0) + cost);
    };
    const share = (name: string, part: FieldShare) => {
      const known = fields.get(name) ?? { total: 0, weight: 0, perItem: 0 };
      fields.set(name, { total: known.total + part.total, weight: known.weight + part.weight, perItem: known.perItem + part.perItem });
    };
    const shareAll = (inner: SetMeasure) => {
      for (const [name, part] of inner.fields) share(name, part);
    };
    let depth = 0;
    for (const selection of set.selections) {
      if (!this.included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const field = this.field(type, selection);
        if (!field) continue; // validation reports unknown fields
        const introspection = selection.name.value.startsWith('__');
        const child = this.fieldChild(selection, field);
        if (!introspection) depth = Math.max(depth, 1 + (child?.depth ?? 0));
        const part = this.fieldCost(type, field, selection, child, introspection);
        add(part.total, possible);
        share(field.name, part);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : type;
        if (!condition || !isCompositeType(condition)) continue;
        const inner = this.selectionSet(selection.selectionSet, condition);
        depth = Math.max(depth, inner.depth);
        add(maxCost(inner), this.possibleTypeNames(condition));
        shareAll(inner);
      } else {
        const fragment = this.fragment(selection.name.value);
        if (!fragment) continue;
        depth = Math.max(depth, fragment.measure.depth);
        add(maxCost(fragment.measure), this.possibleTypeNames(fragment.type));
        shareAll(fragment.measure);
      }
    }
    return { depth, costs, fields };
  }

  private fragment(name: string): { measure: SetMeasure; type: GraphQLCompositeType } | undefined {
    const definition = this.fragments.get(name);
    if (!definition) return undefined;
    const type = this.schema.getType(definition.typeCondition.name.value);
    if (!type || !isCompositeType(type)) return undefined;
    let measure = this.measured.get(name);
    if (!measure) {
      if (this.entered.has(name)) throw new FragmentCycleError(name);
      this.entered.add(name);
      measure = this.selectionSet(definition.selectionSet, type);
      this.entered.delete(name);
      this.measured.set(name, measure);
    }
    return { measure, type };
  }

  private fieldChild(node: FieldNode, field: GraphQLField<unknown, unknown>): SetMeasure | undefined {
    const named = getNamedType(field.type);
    return node.selectionSet && isCompositeType(named) ? this.selectionSet(node.selectionSet, named) : undefined;
  }

  // A field's cost from the directives the schema declares on it (src/graph/common/cost.directives.ts):
  // weight + size × (cost of one item); with sizedFields, the size multiplies those child lists
  // instead (a page's edges), in place of their own.
  private fieldCost(
    parent: GraphQLCompositeType,
    field: GraphQLField<unknown, unknown>,
    node: FieldNode,
    child: SetMeasure | undefined,
    introspection: boolean,
  ): FieldShare {
    const below = child ? maxCost(child) : 0;
    if (introspection || parent.name.startsWith('__')) return { total: 1 + below, weight: 1, perItem: below };
    const declared = fieldCost(field);
    if (isLeafType(getNamedType(field.type))) return { total: declared.weight, weight: declared.weight, perItem: 0 };
    const size = declared.size(this.argumentsOf(field, node));
    if (declared.sizedFields.length === 0) return { total: declared.weight + size * below, weight: declared.weight, perItem: below };
    let resized = below;
    for (const name of declared.sizedFields) {
      const part = child?.fields.get(name);
      if (part) resized += part.weight + size * part.perItem - part.total;
    }
    return { total: declared.weight + resized, weight: declared.weight, perItem: resized };
  }

  private argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
    try {
      return getArgumentValues(field, node, this.variables);
    } catch {
      return {}; // a bad argument is refused by validation or execution, with a clearer message
    }
  }

  private field(type: GraphQLCompositeType, node: FieldNode): GraphQLField<unknown, unknown> | undefined {
    const name = node.name.value;
    if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
  }

  private possibleTypeNames(type: GraphQLCompositeType): string[] {
    return isAbstractType(type) ? this.schema.getPossibleTypes(type).map((t) => t.name) : [type.name];
  }

  private included(selection: SelectionNode): boolean {
    if (!selection.directives?.length) return true;
    const skip = getDirectiveValues(GraphQLSkipDirective, selection, this.variables);
    if (skip?.if === true) return false;
    const include = getDirectiveValues(GraphQLIncludeDirective, selection, this.variables);
    return include?.if !== false;
  }
}
