import { Kind, visit, type DocumentNode } from 'graphql';

/** Operations written in one document; only one of them runs, but each is parsed and validated. */
export function countOperations(document: DocumentNode): number {
  return document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION).length;
}

/**
 * Aliased fields anywhere in the document. Aliases are how one request asks for the same expensive
 * field many times (`a1: connection(...) a2: connection(...)`), so they are capped on their own.
 */
export function countAliases(document: DocumentNode): number {
  let aliases = 0;
  visit(document, {
    Field(field) {
      if (field.alias) aliases += 1;
    },
  });
  return aliases;
}

/**
 * Tokens the parser reads before it gives up (GRAPHQL_PARSE_FAILED). It bounds the work of every
 * later walk of the document; the largest query we serve (a `subgraph` of 1,000 ids written
 * inline) has about 1,100 tokens.
 */
export const MAX_DOCUMENT_TOKENS = 15_000;
