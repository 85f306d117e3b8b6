import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isInterfaceType,
  isObjectType,
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import { LruCache } from '../lru-cache';
import { countAliases, countOperations } from './document-counts';
import { fieldCost } from './list-sizes';
import { measureOperation, type OperationMeasure } from './operation-measure';

/** What the limits need of a document whatever the variables: worked out once per query text. */
export interface DocumentFigures {
  operations: number;
  aliases: number;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  /**
   * The variables whose values can change depth or cost: those in `@skip`/`@include` and in an
   * argument that some field slices a list by (`first: $n`, `ids: $ids`). Every other variable
   * (`text: $text`) leaves the measure as it is, so the measure is remembered without it.
   */
  costVariables: readonly string[];
}

/** How many query texts, and measures of them, are remembered (a client sends few distinct texts). */
export const DEFAULT_FIGURES_CACHE = { documents: 1_000, measures: 5_000 };

/**
 * The limits' figures per query text (Apollo's hash of it) and, for depth and cost, per value of
 * the variables that change them. Every figure is what the walks would give again: the cache only
 * saves the walking, so a verdict never depends on what was asked before.
 */
export class LimitFigures {
  private readonly documents: LruCache<string, DocumentFigures>;
  private readonly measures: LruCache<string, OperationMeasure>;
  private readonly slicingNames = new WeakMap<GraphQLSchema, ReadonlySet<string>>();
  /** Walks of an operation for its measure, for tests to see what the cache saved. */
  walks = 0;

  constructor(size = DEFAULT_FIGURES_CACHE) {
    this.documents = new LruCache(size.documents);
    this.measures = new LruCache(size.measures);
  }

  document(queryHash: string, document: DocumentNode, schema: GraphQLSchema): DocumentFigures {
    let figures = this.documents.get(queryHash);
    if (!figures) {
      figures = {
        operations: countOperations(document),
        aliases: countAliases(document),
        fragments: new Map(
          document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
        ),
        costVariables: costVariablesOf(document, this.slicingArgumentNames(schema)),
      };
      this.documents.set(queryHash, figures);
    }
    return figures;
  }

  /** `variables` are the operation's coerced values. */
  measure(
    queryHash: string,
    figures: DocumentFigures,
    schema: GraphQLSchema,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
  ): OperationMeasure {
    // [value] for a given variable, [] for an absent one: absent and null are not the same argument.
    const values = figures.costVariables.map((name) => (Object.hasOwn(variables, name) ? [variables[name]] : []));
    const key = `${queryHash}\u0000${operation.name?.value ?? ''}\u0000${JSON.stringify(values)}`;
    let measure = this.measures.get(key);
    if (!measure) {
      this.walks += 1;
      measure = measureOperation(schema, operation, figures.fragments, variables);
      this.measures.set(key, measure);
    }
    return measure;
  }

  // Every argument name that some @listSize slices by, in the whole schema: an argument of that
  // name on another field counts too, which can only make the key finer, never wrong.
  private slicingArgumentNames(schema: GraphQLSchema): ReadonlySet<string> {
    let names = this.slicingNames.get(schema);
    if (!names) {
      const found = new Set<string>();
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isObjectType(type) && !isInterfaceType(type)) continue;
        for (const field of Object.values(type.getFields())) for (const name of fieldCost(field).slicingArguments) found.add(name);
      }
      names = found;
      this.slicingNames.set(schema, names);
    }
    return names;
  }
}

function costVariablesOf(document: DocumentNode, slicing: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  const collect = (value: ValueNode) =>
    visit(value, {
      Variable(variable) {
        found.add(variable.name.value);
      },
    });
  const skipOrInclude = new Set([GraphQLSkipDirective.name, GraphQLIncludeDirective.name]);
  visit(document, {
    Argument(argument) {
      if (slicing.has(argument.name.value)) collect(argument.value);
    },
    Directive(directive) {
      if (skipOrInclude.has(directive.name.value)) for (const argument of directive.arguments ?? []) collect(argument.value);
    },
  });
  return [...found].sort();
}
