import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum Basis {
  STATED = 'STATED',
  INFERRED = 'INFERRED',
}
registerEnumType(Basis, {
  name: 'Basis',
  description: 'Whether the report states a link in words (STATED) or we inferred it from the text (INFERRED).',
  valuesConfig: {
    STATED: { description: 'The quoted text itself says it.' },
    INFERRED: { description: 'Our reading of the text; the printed theme symbols are lost in the text, so most theme links are inferred. See `rationale`.' },
  },
});

@ObjectType({ description: 'Where a link comes from in the report: the page and a verbatim quote.' })
export class Evidence {
  @Field(() => Int, { description: 'Page of the report.' })
  page!: number;

  @Field({ description: 'A verbatim span of the report (whitespace collapsed, line-break hyphens joined).' })
  quote!: string;

  @Field(() => Basis)
  basis!: Basis;

  @Field(() => String, { nullable: true, description: 'Why an INFERRED link was made; null for STATED links.' })
  rationale!: string | null;

  // Where the quote stands in its source document (W3C TextPositionSelector + TextQuoteSelector);
  // null where the quote has no position. `document` and `passage` are resolved in
  // src/graph/evidence/evidence-position.resolver.ts from the two ids below.
  @Field(() => String, { nullable: true, description: 'Stable evidence id: a hash of the document\'s sha256 and the span, so a bookmark survives a reload. See `verifyEvidence(id)`.' })
  id!: string | null;

  @Field(() => Int, { nullable: true, description: 'Start of the quote in the normalised text of its document, in code points.' })
  start!: number | null;

  @Field(() => Int, { nullable: true, description: 'End of the quote (half-open).' })
  end!: number | null;

  @Field(() => String, { nullable: true, description: 'About 30 characters of the text before the quote.' })
  prefix!: string | null;

  @Field(() => String, { nullable: true, description: 'About 30 characters of the text after the quote.' })
  suffix!: string | null;

  @Field(() => Int, { nullable: true, description: 'Line where the quote starts (1-based).' })
  firstLine!: number | null;

  @Field(() => Int, { nullable: true, description: 'Line where the quote ends.' })
  lastLine!: number | null;

  @Field(() => String, { nullable: true, description: '"exact", or "hyphen-joined" where the quote joins a line-break hyphen.' })
  alignment!: string | null;

  documentId!: string | null;
  passageKey!: string | null;
}
