import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { BadInputError, NotFoundError } from '../../errors';
import { foldDanish } from '../../text/fold-danish';
import type { Context } from '../context';
import { toEntity, type EntityObject } from '../common/entity.mapper';
import { Evidence } from '../common/evidence.type';
import { Initiative } from '../initiative/initiative.type';
import { luceneQuery, tokens } from '../search/lucene-query';
import type { DocumentRow, PassageRow } from './evidence.rows';
import { ListSize } from '../common/cost.directives';
import { Alignment, EvidenceCheck, MAX_MARKS, Passage, PassageHit, PassageHitConnection, QuoteMark, SourceDocument, SourceSpan, VerifyStatus } from './evidence.types';
import { offsetPage, type OffsetPage } from '../common/offset-connection';
import { checkPageSize } from '../common/pagination';
import { MAX_PAGE_SIZE } from '../common/argument-limits';
import { markSnippet, passageOffset, snippetOf } from './passage-text';
import { verifyAt } from './verify-evidence';

const MAX_AROUND = 2000;
const MAX_HITS = 50;
/** Most passages `searchPassagesPage` ranks and counts: more than the report has (one per example). */
const PASSAGE_PAGE_CAP = 1000;
const MAX_SPAN = 20000;

export const toDocument = (row: DocumentRow): SourceDocument => ({ ...row, id: row.key, slug: row.id });
const documentSlug = (id: string) => (id.startsWith('document:') ? id.slice('document:'.length) : id);
const passageKey = (id: string) => (id.startsWith('passage:') ? id : `passage:${id}`);

/** A passage row as the GraphQL object; initiative, document and marks resolve on demand. */
type PassageObject = Omit<Passage, 'initiative' | 'document' | 'marks'> & { row: PassageRow };
const toPassage = (row: PassageRow): PassageObject => ({
  id: row.key,
  page: row.page,
  ranges: row.ranges,
  text: row.text,
  checked: row.checked,
  note: row.note,
  row,
});

@Resolver(() => Passage)
export class PassageResolver {
  @Query(() => Passage, { nullable: true, description: 'One passage by id ("passage:<document>/<initiative>"); null with NOT_FOUND for an unknown one.' })
  async passage(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<PassageObject> {
    const row = await context.loaders.evidence.passage.load(passageKey(id));
    if (!row) throw new NotFoundError('passage', id);
    return toPassage(row);
  }

  @Query(() => SourceSpan, {
    nullable: true,
    description: 'Any span [start, end) of a document (code points), with up to `around` code points before and after (0–2000).',
  })
  async source(
    @Arg('document', () => ID, { description: 'Global id ("document:…") or slug.' }) document: string,
    @Arg('start', () => Int) start: number,
    @Arg('end', () => Int) end: number,
    @Arg('around', () => Int, { defaultValue: 200 }) around: number,
    @Ctx() context: Context,
  ): Promise<SourceSpan> {
    if (start < 0) throw new BadInputError('start must be 0 or more', 'start');
    if (end < start) throw new BadInputError('end must not be before start', 'end');
    if (end - start > MAX_SPAN) throw new BadInputError(`a span is at most ${MAX_SPAN} code points`, 'end');
    if (around < 0 || around > MAX_AROUND) throw new BadInputError(`around must be 0–${MAX_AROUND}`, 'around');
    const slug = documentSlug(document);
    const doc = await context.loaders.evidence.document.load(slug);
    if (!doc) throw new NotFoundError('document', document);
    if (end > doc.length) throw new BadInputError(`end is past the end of the document (${doc.length})`, 'end');
    const from = Math.max(0, start - around);
    const to = Math.min(doc.length, end + around);
    const span = await context.repositories.evidence.sourceSpan(slug, from, start, end, to);
    if (!span) throw new NotFoundError('document', document);
    return { document: toDocument(span.document), start, end, text: span.text, before: span.before, after: span.after, firstLine: span.line };
  }

  @ListSize(MAX_HITS, { slicingArguments: ['first'] })
  @Query(() => [PassageHit], { description: 'Danish full-text search over the report\'s own text of the examples, best first (1–50 hits).' })
  async searchPassages(
    @Arg('text') text: string,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() context: Context,
  ): Promise<PassageHit[]> {
    if (first < 1 || first > MAX_HITS) throw new BadInputError(`first must be 1–${MAX_HITS}`, 'first');
    return passageHits(context, text, first);
  }

  @ListSize(MAX_PAGE_SIZE, { slicingArguments: ['first'], sizedFields: ['edges'] })
  @Query(() => PassageHitConnection, {
    description:
      'The hits of `searchPassages`, a page at a time (Relay connection), with `totalCount`: how many passages match in all. ' +
      'Best first (`rank` counts over all pages).',
  })
  async searchPassagesPage(
    @Arg('text') text: string,
    @Ctx() context: Context,
    @Arg('first', () => Int, { defaultValue: 10, description: 'Page size, 1–100.' }) first = 10,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' }) after?: string | null,
  ): Promise<OffsetPage<PassageHit>> {
    checkPageSize(first);
    return offsetPage(await passageHits(context, text, PASSAGE_PAGE_CAP), first, after);
  }

  @Query(() => EvidenceCheck, {
    nullable: true,
    description: 'Re-finds a piece of evidence in the hashed text of its document: EXACT or HYPHEN_JOINED at its position, MOVED, or NOT_FOUND.',
  })
  async verifyEvidence(@Arg('id') id: string, @Ctx() context: Context): Promise<EvidenceCheck> {
    if (id.length > 100) throw new BadInputError('id is at most 100 characters', 'id');
    const found = await context.repositories.evidence.span(id);
    if (!found) throw new NotFoundError('evidence', id);
    const { evidence: span, text } = found;
    const check = verifyAt(text, span.quote, span.start, span.end);
    const doc = await context.loaders.evidence.document.load(span.document);
    if (!doc) throw new NotFoundError('document', span.document);
    return {
      id: span.id,
      status: VerifyStatus[check.status],
      quote: span.quote,
      document: toDocument(doc),
      start: span.start,
      end: span.end,
      foundStart: check.start,
      foundEnd: check.end,
    };
  }

  @FieldResolver(() => Initiative)
  async initiative(@Root() passage: PassageObject, @Ctx() context: Context): Promise<EntityObject> {
    const row = await context.loaders.node.load(`initiative:${passage.row.initiative}`);
    if (!row) throw new NotFoundError('initiative', passage.row.initiative);
    return toEntity(row.target, row.labels);
  }

  @FieldResolver(() => SourceDocument)
  async document(@Root() passage: PassageObject, @Ctx() context: Context): Promise<SourceDocument> {
    const doc = await context.loaders.evidence.document.load(passage.row.document);
    if (!doc) throw new NotFoundError('document', passage.row.document);
    return toDocument(doc);
  }

  @ListSize(MAX_MARKS)
  @FieldResolver(() => [QuoteMark])
  async marks(@Root() passage: PassageObject, @Ctx() context: Context): Promise<QuoteMark[]> {
    const rows = await context.loaders.evidence.marks.load(passage.row.key);
    return rows.flatMap(({ evidence: span, links }) => {
      const at = passageOffset(passage.row, span.start, span.end);
      if (!at) return [];
      const alignment = span.alignment === 'hyphen-joined' ? Alignment.HYPHEN_JOINED : Alignment.EXACT;
      return [{ evidenceId: span.id, start: at.start, end: at.end, documentStart: span.start, documentEnd: span.end, quote: span.quote, alignment, links }];
    });
  }
}

@Resolver(() => Initiative)
export class InitiativePassagesResolver {
  // One passage per document that prints the example: one document today.
  @ListSize(2)
  @FieldResolver(() => [Passage], { description: 'The report\'s own text of this example, one passage per document that prints it, by document id.' })
  async passages(@Root() initiative: EntityObject, @Ctx() context: Context): Promise<PassageObject[]> {
    return (await context.loaders.evidence.passagesOfInitiative.load(initiative.id)).map(toPassage);
  }
}

@Resolver(() => Evidence)
export class EvidencePositionResolver {
  @FieldResolver(() => SourceDocument, { nullable: true, description: 'The document the quote was found in; null where the quote has no position.' })
  async document(@Root() evidence: Evidence, @Ctx() context: Context): Promise<SourceDocument | null> {
    if (!evidence.documentId) return null;
    const doc = await context.loaders.evidence.document.load(evidence.documentId);
    return doc ? toDocument(doc) : null;
  }

  @FieldResolver(() => Passage, { nullable: true, description: 'The passage of the example that holds the quote; null for a quote of no example.' })
  async passage(@Root() evidence: Evidence, @Ctx() context: Context): Promise<PassageObject | null> {
    if (!evidence.passageKey) return null;
    const row = await context.loaders.evidence.passage.load(evidence.passageKey);
    return row ? toPassage(row) : null;
  }
}

/** The passages matching `text`, best first, at most `limit`, each with its snippet and rank. */
async function passageHits(context: Context, text: string, limit: number): Promise<PassageHit[]> {
  if (text.length > 200) throw new BadInputError('text is at most 200 characters', 'text');
  const query = luceneQuery(text);
  if (!query) return [];
  const words = tokens(text);
  const rows = await context.repositories.evidence.searchPassages(query, limit);
  return rows.map((row, index) => {
    const { snippet, highlights } = snippetOf(row.passage.text, words, foldDanish);
    return { passage: toPassage(row.passage) as unknown as Passage, rank: index + 1, score: row.score, snippet, highlights, markedSnippet: markSnippet(snippet, highlights) };
  });
}
