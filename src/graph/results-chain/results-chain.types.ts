import { Field, Int, ObjectType } from 'type-graphql';
import { ListSize, ROOT_LIST_SIZE } from '../common/cost.directives';
import { MEAN_RESULTS_PER_INITIATIVE, THEMES_PER_CHAIN } from './chain-sizes';
import { Basis, Evidence } from '../common/evidence.type';
import { Initiative } from '../initiative/initiative.type';
import { Result } from '../result/result.type';
import { ChainGap } from '../result/result-enums';
import { Strategy } from '../strategy/strategy.type';
import { Theme } from '../theme/theme.type';

@ObjectType({
  description:
    'The weakest step of a path from the strategy down: the lowest basis of its links (strategy → theme → initiative → result) ' +
    'and the lowest support grade of its results. A chain is only as strong as this.',
})
export class WeakestLink {
  @Field(() => Basis, { description: 'INFERRED when any link on the path is our inference (in practice: the theme link).' })
  basis!: Basis;

  @Field(() => Int, { nullable: true, description: 'The lowest support grade (0–4) of the results on the path; null when no result is shown.' })
  support!: number | null;
}

@ObjectType({ description: 'A result in the chain, with the link to its initiative, its gaps and its weakest link.' })
export class ChainResult {
  @Field(() => Result)
  result!: Result;

  @Field(() => Evidence, { description: 'The quote that the initiative achieved (or targets) this result.' })
  evidence!: Evidence;

  @Field(() => [ChainGap], { description: 'NO_FIGURE, ASSERTION_ONLY and INFERRED_THEME_LINK, where they apply, in that order.' })
  gaps!: ChainGap[];

  @Field(() => WeakestLink)
  weakestLink!: WeakestLink;
}

@ObjectType({ description: 'An initiative in the chain under one theme, with its results.' })
export class ChainInitiative {
  @Field(() => Initiative)
  initiative!: Initiative;

  @Field(() => Evidence, { description: 'Why the initiative serves the theme; `basis` tells STATED from INFERRED (most are inferred).' })
  themeLink!: Evidence;

  @ListSize(MEAN_RESULTS_PER_INITIATIVE)
  @Field(() => [ChainResult], { description: 'Its results that pass the filters, in report order.' })
  results!: ChainResult[];

  @Field(() => Int, { description: 'How many results it reports in all, before the level and support filters.' })
  resultCount!: number;

  @Field(() => [ChainGap], {
    description:
      'In this order, where they apply: NO_RESULT (none reported), NO_FIGURE (none of its results has a figure), ASSERTION_ONLY (all its results are grade 0), ' +
      'INFERRED_THEME_LINK. Read from all its results, whatever the filters.',
  })
  gaps!: ChainGap[];

  @Field(() => WeakestLink, { description: 'Over the paths through this initiative to the results shown.' })
  weakestLink!: WeakestLink;
}

@ObjectType({ description: 'A theme of the strategy with the initiatives that serve it.' })
export class ChainTheme {
  @Field(() => Theme)
  theme!: Theme;

  @Field(() => Evidence, { description: 'The quote that the strategy has this theme.' })
  evidence!: Evidence;

  @ListSize(ROOT_LIST_SIZE)
  @Field(() => [ChainInitiative], { description: 'In report order.' })
  initiatives!: ChainInitiative[];
}

@ObjectType({ description: 'From strategy to result: the tree an evaluator reads, with evidence on every step.' })
export class ResultsChain {
  @Field(() => Strategy)
  strategy!: Strategy;

  @ListSize(THEMES_PER_CHAIN)
  @Field(() => [ChainTheme], { description: 'The theme asked for, or the themes the initiative serves, by name.' })
  themes!: ChainTheme[];
}
