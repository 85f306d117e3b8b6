import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Evidence } from '../common/evidence.type';
import { IatiResultType, ResultKind, ResultLevel, SupportSource } from './result-enums';

// Each classification of a result is a claim of ours about the report's text, so each carries
// its own evidence: a verbatim quote, its page, STATED or INFERRED, and why when inferred.

@ObjectType({ description: 'Where the result sits in the results chain, with its IATI result type.' })
export class ResultLevelClaim {
  @Field(() => ResultLevel)
  value!: ResultLevel;

  @Field(() => IatiResultType, { description: 'The IATI result type of the level (AKTIVITET and LEVERANCE are both OUTPUT).' })
  iatiType!: IatiResultType;

  @Field(() => Int, { description: 'The IATI result type code: 1 output, 2 outcome, 3 impact.' })
  iatiCode!: number;

  @Field(() => Evidence, { description: 'The text the level was read from; levels are our reading, so nearly always INFERRED.' })
  evidence!: Evidence;
}

@ObjectType({ description: 'What sort of statement the result is: measured, achieved, targeted or expected.' })
export class ResultKindClaim {
  @Field(() => ResultKind)
  value!: ResultKind;

  @Field(() => Evidence)
  evidence!: Evidence;
}

@ObjectType({ description: 'How well the report backs the result, graded 0–4 (docs/results-chain.md).' })
export class Support {
  @Field(() => Int, { description: '0 assertion, 1 own figure, 2 before/after, 3 named evaluation or outside measurement, 4 comparison group.' })
  grade!: number;

  @Field(() => SupportSource)
  source!: SupportSource;

  @Field(() => String, { nullable: true, description: 'Who measured or evaluated, where the report names them (e.g. "STAR").' })
  by!: string | null;

  @Field(() => Evidence)
  evidence!: Evidence;
}

@ObjectType({ description: 'The years a result covers, where the report gives a range.' })
export class Period {
  @Field(() => Int)
  from!: number;

  @Field(() => Int)
  to!: number;

  @Field(() => Evidence)
  evidence!: Evidence;
}

@ObjectType({ description: 'A baseline or target figure the report gives beside the result.' })
export class Measure {
  @Field(() => Float)
  value!: number;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => Int, { nullable: true, description: 'The year the figure refers to (a baseline\'s year, a target\'s deadline).' })
  year!: number | null;

  @Field(() => Evidence, { description: 'The quote of the figure itself: STATED.' })
  evidence!: Evidence;
}
