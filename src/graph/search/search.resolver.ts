import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { BadInputError } from '../../errors';
import type { Context } from '../context';
import { checkPageSize } from '../common/pagination';
import { kindsOf, NodeKind } from '../common/node-kind.enum';
import { Node } from '../node.interface';
import { searchGraph, type Hit } from './search.service';
import { Cost, ListSize } from '../common/cost.directives';
import { MAX_PAGE_SIZE } from '../common/argument-limits';
import { OffsetConnectionOf, offsetPage, type OffsetPage } from '../common/offset-connection';

/** Most hits `searchPage` ranks and counts; `totalCount` says "at least" when it reaches this. */
export const SEARCH_PAGE_CAP = 1000;

@ObjectType({ description: 'A search hit: the entity, how well it matched, and where.' })
export class SearchHit {
  @Field(() => Node)
  node!: Node;

  @Field(() => Float, { description: 'Lucene relevance; hits are ordered by it. Matches in evidence quotes count 0.6×.' })
  score!: number;

  @Field({ description: 'The field that matched: title, name, aliases, summary, description, text or evidence.' })
  field!: string;

  @Field({ description: 'The matching text (up to 160 characters).' })
  snippet!: string;
}

/** `searchPage`: the hits counted, one page of them returned. */
export const SearchHitConnection = OffsetConnectionOf(SearchHit, 'SearchHit', 'search hit');

function checkText(text: string): void {
  if (text.length > 200) throw new BadInputError('"text" is longer than 200 characters', 'text');
}

@Resolver()
export class SearchResolver {
  @ListSize(MAX_PAGE_SIZE, { slicingArguments: ['first'] })
  @Cost(20)
  @Query(() => [SearchHit], {
    description:
      'Danish full-text search over every entity and the evidence quotes. Every word must match; ' +
      'words match as typed, as prefixes, with one typo in longer words, and without Danish letters ("sonder omme" finds Sønder Omme). ' +
      'Best score first, ties by label, then id.',
  })
  async search(
    @Arg('text') text: string,
    @Ctx() context: Context,
    @Arg('types', () => [NodeKind], { nullable: true, description: 'Only these kinds.' }) types?: NodeKind[],
    @Arg('first', () => Int, { defaultValue: 20, description: '1–100.' }) first = 20,
  ): Promise<Hit[]> {
    checkPageSize(first);
    checkText(text);
    return searchGraph(context.repositories.search, text, kindsOf(types), first);
  }

  @ListSize(MAX_PAGE_SIZE, { slicingArguments: ['first'], sizedFields: ['edges'] })
  @Cost(20)
  @Query(() => SearchHitConnection, {
    description:
      'The hits of `search`, a page at a time (Relay connection), with `totalCount`: how many entities match in all ' +
      `(at most ${SEARCH_PAGE_CAP}, the most relevant). Ordered by score, ties by label, then id.`,
  })
  async searchPage(
    @Arg('text') text: string,
    @Ctx() context: Context,
    @Arg('types', () => [NodeKind], { nullable: true, description: 'Only these kinds.' }) types?: NodeKind[],
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first = 20,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' }) after?: string | null,
  ): Promise<OffsetPage<Hit>> {
    checkPageSize(first);
    checkText(text);
    return offsetPage(await searchGraph(context.repositories.search, text, kindsOf(types), SEARCH_PAGE_CAP), first, after);
  }
}
