import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ListSize } from '../common/cost.directives';
import { OffsetConnectionOf } from '../common/offset-connection';
import { Initiative } from '../initiative/initiative.type';

// List sizes, from the committed data: a passage holds at most 23 distinct quoted spans, a span
// carries at most 4 links, a passage has at most 4 ranges; each with some headroom.
export const MAX_MARKS = 30;
export const MAX_MARK_LINKS = 5;
export const MAX_RANGES = 5;
export const MAX_HIGHLIGHTS = 30;

export enum Alignment {
  EXACT = 'exact',
  HYPHEN_JOINED = 'hyphen-joined',
}
registerEnumType(Alignment, {
  name: 'Alignment',
  description: 'How a quote lines up with the normalised text of its document.',
  valuesConfig: {
    EXACT: { description: 'As printed (whitespace aside).' },
    HYPHEN_JOINED: { description: 'Across a line-break hyphen of the layout, which the quote joins ("beskæftigel-/sesplan").' },
  },
});

export enum VerifyStatus {
  EXACT = 'EXACT',
  HYPHEN_JOINED = 'HYPHEN_JOINED',
  MOVED = 'MOVED',
  NOT_FOUND = 'NOT_FOUND',
}
registerEnumType(VerifyStatus, {
  name: 'VerifyStatus',
  description: 'What re-finding a quote in the hashed text of its document gave.',
  valuesConfig: {
    EXACT: { description: 'At its position, as printed.' },
    HYPHEN_JOINED: { description: 'At its position, across a line-break hyphen.' },
    MOVED: { description: 'Not at its position but elsewhere in the text (see `foundStart`/`foundEnd`).' },
    NOT_FOUND: { description: 'Nowhere in the text.' },
  },
});

@ObjectType({ description: 'A source document that evidence points into (the report; a later edition or another report would be another).' })
export class SourceDocument {
  @Field(() => ID, { description: 'Global id, "document:<slug>".' })
  id!: string;

  @Field({ description: 'Id within documents, as in seed/documents.yaml.' })
  slug!: string;

  @Field()
  title!: string;

  @Field()
  publisher!: string;

  @Field({ description: 'Danish municipality code of the publisher ("0530" is Billund).' })
  municipalityCode!: string;

  @Field({ description: 'Council period the document covers, e.g. "2022–2025".' })
  councilPeriod!: string;

  @Field()
  edition!: string;

  @Field({ description: 'ISO 639-1 language code.' })
  language!: string;

  @Field({ description: 'sha256 (hex) of the text file, as committed.' })
  sha256!: string;

  @Field({ description: 'The rule that turns the file into the text every position counts in.' })
  normalisation!: string;

  @Field(() => Int, { description: 'Length of the normalised text in code points.' })
  length!: number;

  @Field(() => Int)
  lineCount!: number;
}

@ObjectType({ description: 'A stretch of a document: code points [start, end) and lines first..last (1-based).' })
export class TextRange {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}

@ObjectType({ description: 'One range of a passage in its document.' })
export class PassageRange {
  @Field(() => Int, { description: 'Code point where the range starts in the document.' })
  start!: number;

  @Field(() => Int, { description: 'Code point after its end (half-open).' })
  end!: number;

  @Field(() => Int)
  firstLine!: number;

  @Field(() => Int)
  lastLine!: number;
}

@ObjectType({ description: 'A link whose evidence rests on a quoted span.' })
export class MarkLink {
  @Field({ description: 'Relationship type, e.g. IN_TOWN.' })
  type!: string;

  @Field(() => ID, { description: 'Global id of the link\'s source (the initiative).' })
  from!: string;

  @Field()
  fromLabel!: string;

  @Field(() => ID, { description: 'Global id of the node the link points to.' })
  to!: string;

  @Field()
  toLabel!: string;

  @Field({ description: 'STATED or INFERRED.' })
  basis!: string;
}

@ObjectType({ description: 'A quote inside a passage: where it stands in the passage text and in the document, and the links resting on it.' })
export class QuoteMark {
  @Field({ description: 'Stable evidence id (a hash of the document\'s sha256 and the span).' })
  evidenceId!: string;

  @Field(() => Int, { description: 'Start in the passage `text` (code points).' })
  start!: number;

  @Field(() => Int, { description: 'End in the passage `text` (half-open).' })
  end!: number;

  @Field(() => Int, { description: 'Start in the document.' })
  documentStart!: number;

  @Field(() => Int)
  documentEnd!: number;

  @Field({ description: 'The quote as the dataset writes it.' })
  quote!: string;

  @Field(() => Alignment)
  alignment!: Alignment;

  @ListSize(MAX_MARK_LINKS)
  @Field(() => [MarkLink], { description: 'Links whose evidence is this span, by relationship type, then the name of the linked entity; empty for the quote of a field (a status, a result\'s classification).' })
  links!: MarkLink[];
}

@ObjectType({ description: 'The report\'s own text of one example: its ranges of the document, joined by a blank line.' })
export class Passage {
  @Field(() => ID, { description: 'Global id, "passage:<document>/<initiative>".' })
  id!: string;

  @Field(() => Initiative)
  initiative!: Initiative;

  @Field(() => SourceDocument)
  document!: SourceDocument;

  @Field(() => Int, { description: 'Page where the example starts.' })
  page!: number;

  @ListSize(MAX_RANGES)
  @Field(() => [PassageRange], { description: 'In document order; several where the columns of a spread interleave.' })
  ranges!: PassageRange[];

  @Field({ description: 'The ranges\' text in order, a blank line between two.' })
  text!: string;

  @ListSize(MAX_MARKS)
  @Field(() => [QuoteMark], { description: 'Every quote of the dataset that lies in this passage, in text order.' })
  marks!: QuoteMark[];

  @Field({ description: 'Whether the ranges were checked by hand, line by line.' })
  checked!: boolean;

  @Field(() => String, { nullable: true, description: 'What the hand check found about the layout.' })
  note!: string | null;
}

@ObjectType({ description: 'A span of a document with the text around it.' })
export class SourceSpan {
  @Field(() => SourceDocument)
  document!: SourceDocument;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field({ description: 'The span itself.' })
  text!: string;

  @Field({ description: 'Up to `around` code points before it.' })
  before!: string;

  @Field({ description: 'Up to `around` code points after it.' })
  after!: string;

  @Field(() => Int, { description: 'Line where the span starts (1-based).' })
  firstLine!: number;
}

@ObjectType({ description: 'A passage that matches a search, with a snippet.' })
export class PassageHit {
  @Field(() => Passage)
  passage!: Passage;

  @Field(() => Int, { description: '1 for the best hit.' })
  rank!: number;

  @Field(() => Float, { description: 'Lucene score (Danish analyzer).' })
  score!: number;

  @Field({ description: 'Text around the first match, whitespace collapsed.' })
  snippet!: string;

  @ListSize(MAX_HIGHLIGHTS)
  @Field(() => [TextRange], { description: 'In text order: the matched words inside `snippet`.' })
  highlights!: TextRange[];

  @Field({ description: 'The snippet with every match wrapped in « ».' })
  markedSnippet!: string;
}

@ObjectType({ description: 'The outcome of re-finding a piece of evidence in the hashed text of its document.' })
export class EvidenceCheck {
  @Field()
  id!: string;

  @Field(() => VerifyStatus)
  status!: VerifyStatus;

  @Field({ description: 'The quote as the dataset writes it.' })
  quote!: string;

  @Field(() => SourceDocument)
  document!: SourceDocument;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field(() => Int, { nullable: true, description: 'Where the quote was found (its stored start when EXACT or HYPHEN_JOINED).' })
  foundStart!: number | null;

  @Field(() => Int, { nullable: true })
  foundEnd!: number | null;
}

/** `searchPassagesPage`: the matching passages counted, one page of them returned. */
export const PassageHitConnection = OffsetConnectionOf(PassageHit, 'PassageHit', 'passage hit');
