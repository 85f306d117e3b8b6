import { getDirectiveValues, getNullableType, isListType, type GraphQLField } from 'graphql';
import { MAX_NODES } from '../../graph/common/argument-limits';
import { costDirective, listSizeDirective } from '../../graph/common/cost.directives';

type Args = Record<string, unknown>;
type AnyField = GraphQLField<unknown, unknown>;

/**
 * A list field the schema declares no @listSize for counts as the largest answer the API gives,
 * never as a guess: test/server/limits/cost-directives.test.ts fails on such a field first.
 */
export const UNDECLARED_LIST_SIZE = MAX_NODES;

/** What the estimate needs of a field, read once from its directives in the schema. */
export interface FieldCost {
  /** @cost(weight), 1 when absent. */
  weight: number;
  /** How many items the field (or, with sizedFields, its child lists) stands for, from the arguments. */
  size(args: Args): number;
  /** @listSize(sizedFields): the child lists the size applies to; empty when it applies to the field itself. */
  sizedFields: readonly string[];
  /** @listSize(slicingArguments): the arguments `size` reads, in order. */
  slicingArguments: readonly string[];
}

const cache = new WeakMap<AnyField, FieldCost>();

/** The cost a field declares in the schema (field astNode directives, as TypeGraphQL's @Directive writes them). */
export function fieldCost(field: AnyField): FieldCost {
  let cost = cache.get(field);
  if (!cost) {
    cost = readFieldCost(field);
    cache.set(field, cost);
  }
  return cost;
}

function readFieldCost(field: AnyField): FieldCost {
  const node = field.astNode ?? undefined;
  const weight = node ? (getDirectiveValues(costDirective, node)?.weight as number | undefined) : undefined;
  const listSize = node ? getDirectiveValues(listSizeDirective, node) : undefined;
  const isList = isListType(getNullableType(field.type));
  if (!listSize) return { weight: weight ?? 1, size: () => (isList ? UNDECLARED_LIST_SIZE : 1), sizedFields: [], slicingArguments: [] };
  const assumed = (listSize.assumedSize as number | undefined) ?? UNDECLARED_LIST_SIZE;
  const slicing = (listSize.slicingArguments as string[] | undefined) ?? [];
  return {
    weight: weight ?? 1,
    sizedFields: (listSize.sizedFields as string[] | undefined) ?? [],
    slicingArguments: slicing,
    size: (args) => {
      for (const name of slicing) {
        const given = sizeOf(args[name]);
        // At most assumedSize: a larger argument is refused by the resolver with BAD_USER_INPUT naming
        // it, which tells the client more than a cost error would.
        if (given !== undefined) return Math.min(Math.max(given, 1), assumed);
      }
      return assumed;
    },
  };
}

/** An Int argument's value, or how many items a list argument holds (`ids`). */
function sizeOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.floor(value);
  if (Array.isArray(value)) return value.length;
  return undefined;
}
