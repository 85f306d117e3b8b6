import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ResultKind, ResultLevel, SupportSource } from './result-enums';

@InputType({ description: 'All given conditions must hold; within a list, any value matches. Ids may be slugs or global ids.' })
export class ResultFilter {
  @Field(() => [ResultLevel], { nullable: true })
  levels?: ResultLevel[];

  @Field(() => [ResultKind], { nullable: true })
  kinds?: ResultKind[];

  @Field(() => Int, { nullable: true, description: 'Lowest support grade, 0–4.' })
  minSupport?: number;

  @Field(() => Int, { nullable: true, description: 'Highest support grade, 0–4 (e.g. 0 for the bare assertions).' })
  maxSupport?: number;

  @Field(() => [SupportSource], { nullable: true })
  supportSources?: SupportSource[];

  @Field(() => [Int], { nullable: true, description: 'Results of these years: their own year, or a period that includes the year.' })
  years?: number[];

  @Field(() => Float, { nullable: true, description: 'Lowest `value` (inclusive); results without a figure are left out.' })
  minValue?: number;

  @Field(() => Float, { nullable: true, description: 'Highest `value` (inclusive); results without a figure are left out.' })
  maxValue?: number;

  @Field(() => Boolean, { nullable: true, description: 'true: only results with a figure; false: only those without.' })
  hasFigure?: boolean;

  @Field(() => [ID], { nullable: true, description: 'Indicator ids, e.g. ["antal-solgte-byggegrunde"].' })
  indicators?: string[];

  @Field(() => [ID], { nullable: true, description: 'Themes the result\'s initiative serves (stated or inferred link).' })
  themes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Towns of the result\'s initiative.' })
  towns?: string[];

  @Field(() => [ID], { nullable: true, description: 'Initiatives the results belong to.' })
  initiatives?: string[];
}

export enum ResultOrder {
  REPORT = 'REPORT',
  VALUE = 'VALUE',
  YEAR = 'YEAR',
}
registerEnumType(ResultOrder, {
  name: 'ResultOrder',
  description: 'Sort key for results. Results without the key come last either way; ties in report order.',
  valuesConfig: {
    REPORT: { description: 'Report order: by initiative number, then the order of the results in the example.' },
    VALUE: { description: 'By `value` (units differ between results: combine with an indicator or unit filter to compare).' },
    YEAR: { description: 'By `year`, or the last year of the `period` when there is no year.' },
  },
});

@InputType({ description: 'How to order results.' })
export class ResultSort {
  @Field(() => ResultOrder, { defaultValue: ResultOrder.REPORT })
  by!: ResultOrder;

  @Field(() => Boolean, { defaultValue: false })
  descending!: boolean;
}
