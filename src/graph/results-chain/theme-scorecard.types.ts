import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ListSize, NESTED_LIST_SIZE } from '../common/cost.directives';
import { Initiative } from '../initiative/initiative.type';
import { IatiResultType, ResultKind, ResultLevel } from '../result/result-enums';
import { Theme } from '../theme/theme.type';

@ObjectType({ description: 'Results at one level of the chain.' })
export class ResultLevelCount {
  @Field(() => ResultLevel)
  level!: ResultLevel;

  @Field(() => IatiResultType)
  iatiType!: IatiResultType;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Results of one kind.' })
export class ResultKindCount {
  @Field(() => ResultKind)
  kind!: ResultKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Results with one support grade.' })
export class SupportGradeCount {
  @Field(() => Int, { description: '0–4, see `Support.grade`.' })
  grade!: number;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description:
    'How well one theme is documented by results. An initiative that serves two themes counts under both, with its results. ' +
    'Shares are fractions (0–1) of `results`; 0 when there are none.',
})
export class ThemeScorecard {
  @Field(() => Theme)
  theme!: Theme;

  @Field(() => Int, { description: 'Initiatives that serve the theme.' })
  initiatives!: number;

  @Field(() => Int, { description: 'Of those, how many the report links to the theme in words (STATED).' })
  statedLinks!: number;

  @Field(() => Int, { description: 'Of those, how many we linked by inference (INFERRED): the chain rests on our reading.' })
  inferredLinks!: number;

  @Field(() => Int, { description: 'Results of those initiatives, targets and expected effects included.' })
  results!: number;

  @ListSize(4)
  @Field(() => [ResultLevelCount], { description: 'Results per level, every level listed (zeros included), from AKTIVITET to VIRKNING.' })
  byLevel!: ResultLevelCount[];

  @ListSize(4)
  @Field(() => [ResultKindCount], { description: 'Results per kind, in `ResultKind` order, every kind listed.' })
  byKind!: ResultKindCount[];

  @ListSize(5)
  @Field(() => [SupportGradeCount], { description: 'Results per support grade, in grade order, 0 to 4.' })
  bySupport!: SupportGradeCount[];

  @Field(() => Int, { description: 'Results with a figure (`value` set; a target\'s value is its target figure).' })
  withFigure!: number;

  @Field(() => Float)
  withFigureShare!: number;

  @Field(() => Int, { description: 'Results backed by a named evaluation, an outside measurement or a comparison group (grade 3 or more).' })
  supportAtLeast3!: number;

  @Field(() => Float)
  supportAtLeast3Share!: number;

  @Field(() => [Int], { description: 'Years the results refer to (their year, and every year of their period), ascending.' })
  years!: number[];

  @ListSize(NESTED_LIST_SIZE)
  @Field(() => [Initiative], { description: 'Initiatives serving the theme that report no result, in report order.' })
  initiativesWithoutResult!: Initiative[];
}
