import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { selectedFieldNames, type LookaheadInfo } from '../../../src/graph/common/lookahead';

// What a resolver of the document's first root field would see as `info`.
function infoOf(source: string): LookaheadInfo {
  const document = parse(source);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectedFieldNames', () => {
  it('when fields are asked below edges.node, then their names are returned, not the deeper ones', () => {
    const info = infoOf('{ page { totalCount edges { cursor node { id partners { node { name towns { node { id } } } } } } } }');
    expect(selectedFieldNames(info, ['edges', 'node'])).toEqual(new Set(['id', 'partners']));
  });

  it('when the fields come through aliases, inline and named fragments, then all of them count', () => {
    const info = infoOf(`{ page { a: edges { node { t: themes { node { id } } } }
        edges { ...E } } }
      fragment E on Edge { node { ... on Initiative { towns { node { id } } } ...N ...N } }
      fragment N on Initiative { partners { node { id } } }`);
    expect(selectedFieldNames(info, ['edges', 'node'])).toEqual(new Set(['themes', 'towns', 'partners']));
  });

  it('when the path is not selected, then nothing is', () => {
    expect(selectedFieldNames(infoOf('{ page { totalCount } }'), ['edges', 'node'])).toEqual(new Set());
  });

  it('when a field is under @skip, then it still counts (lookahead may fetch more, never less)', () => {
    const info = infoOf('query ($s: Boolean!) { page { edges { node { themes @skip(if: $s) { node { id } } } } } }');
    expect(selectedFieldNames(info, ['edges', 'node'])).toEqual(new Set(['themes']));
  });
});
