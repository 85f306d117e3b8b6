import { DirectiveLocation, GraphQLBoolean, GraphQLDirective, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLString } from 'graphql';
import { Directive } from 'type-graphql';

// The cost of a field is declared on the field, with the directives of the GraphQL cost
// specification (IBM's draft, as Apollo Federation ships them): they appear in the SDL for clients
// and tools, and the server's limits walk (src/server/limits/list-sizes.ts) reads them from the schema.

export const listSizeDirective = new GraphQLDirective({
  name: 'listSize',
  description:
    'How many items a list field returns, for the cost estimate: the value of the first `slicingArguments` argument given ' +
    '(a list argument counts its items), at most `assumedSize`; `assumedSize` when none is given. With `sizedFields`, the ' +
    'size applies to those child lists (a page\'s `edges`) and the field itself counts once.',
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: {
    assumedSize: { type: GraphQLInt },
    slicingArguments: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)) },
    sizedFields: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)) },
    requireOneSlicingArgument: { type: GraphQLBoolean, defaultValue: false },
  },
});

export const costDirective = new GraphQLDirective({
  name: 'cost',
  description: 'What resolving the field once costs in the estimate (1 when absent), for fields heavier than a property read.',
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: { weight: { type: new GraphQLNonNull(GraphQLInt) } },
});

export const COST_DIRECTIVES = [listSizeDirective, costDirective];

/** A list at the root without a size argument holds one kind of entity: the report has at most 100 of each. */
export const ROOT_LIST_SIZE = 100;
/** A list below the root without a size argument holds links of one entity: rarely more than a handful (a theme has dozens). */
export const NESTED_LIST_SIZE = 10;

const strings = (values: readonly string[]) => `[${values.map((value) => JSON.stringify(value)).join(', ')}]`;

/** `@listSize` on a field: see listSizeDirective. */
export function ListSize(assumedSize: number, options: { slicingArguments?: readonly string[]; sizedFields?: readonly string[] } = {}) {
  const args = [`assumedSize: ${assumedSize}`];
  if (options.slicingArguments) args.push(`slicingArguments: ${strings(options.slicingArguments)}`);
  if (options.sizedFields) args.push(`sizedFields: ${strings(options.sizedFields)}`);
  return Directive(`@listSize(${args.join(', ')})`);
}

/** `@cost(weight: n)` on a field: see costDirective. */
export function Cost(weight: number) {
  return Directive(`@cost(weight: ${weight})`);
}
