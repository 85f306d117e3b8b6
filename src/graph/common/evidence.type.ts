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
}
