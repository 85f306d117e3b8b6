import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { ListSize } from '../common/cost.directives';
import { MAX_THEMES } from './chain-sizes';
import { BadInputError, NotFoundError } from '../../errors';
import type { Context } from '../context';
import { globalKey } from '../common/entity.mapper';
import { Basis } from '../common/evidence.type';
import { ResultLevel } from '../result/result-enums';
import { checkSupportGrade } from '../result/support-grade';
import { buildChain, type ResultsChainObject } from './build-chain';
import { ResultsChain } from './results-chain.types';
import { themeScorecard, type ThemeScorecardObject } from './theme-scorecard';
import { ThemeScorecard } from './theme-scorecard.types';

@Resolver()
export class ResultsChainResolver {
  @Query(() => ResultsChain, {
    description:
      'From strategy to result for one theme, or for one initiative (under each theme it serves): strategy → theme → initiatives → ' +
      'results, with the evidence of every step, the gaps of each initiative and result, and the weakest link of each path. ' +
      'Give exactly one of `themeId` and `initiativeId`.',
  })
  async resultsChain(
    @Ctx() context: Context,
    @Arg('themeId', () => ID, { nullable: true, description: 'Theme slug ("rettidig-velfaerd") or global id.' }) themeId?: string | null,
    @Arg('initiativeId', () => ID, { nullable: true, description: 'Initiative slug ("klimaplan") or global id.' }) initiativeId?: string | null,
    @Arg('levels', () => [ResultLevel], { nullable: true, description: 'Only results at these levels; initiatives with none left are left out.' })
    levels?: ResultLevel[] | null,
    @Arg('minSupport', () => Int, { nullable: true, description: 'Only results with at least this support grade (0–4); initiatives with none left are left out.' })
    minSupport?: number | null,
    @Arg('basis', () => Basis, { nullable: true, description: 'Only initiatives whose link to the theme has this basis: INFERRED shows the chains that rest on our reading.' })
    basis?: Basis | null,
  ): Promise<ResultsChainObject> {
    const hasTheme = themeId !== undefined && themeId !== null;
    const hasInitiative = initiativeId !== undefined && initiativeId !== null;
    if (hasTheme === hasInitiative) throw new BadInputError('Give exactly one of "themeId" and "initiativeId"', hasTheme ? 'initiativeId' : 'themeId');
    const grade = checkSupportGrade(minSupport, 'minSupport');
    const row = await context.repositories.resultsChain.chain(
      hasTheme ? globalKey(themeId, 'theme') : null,
      hasInitiative ? globalKey(initiativeId, 'initiative') : null,
    );
    if (!row || !row.found) throw hasTheme ? new NotFoundError('theme', themeId) : new NotFoundError('initiative', initiativeId as string);
    return buildChain(row, { levels: levels && levels.length > 0 ? levels : null, minSupport: grade, basis: basis ?? null });
  }

  @ListSize(MAX_THEMES)
  @Query(() => [ThemeScorecard], { description: 'For each of the three themes, how well its initiatives document results: one request, one row per theme, by theme name.' })
  async themeScorecard(@Ctx() context: Context): Promise<ThemeScorecardObject[]> {
    return (await context.repositories.resultsChain.scorecards()).map(themeScorecard);
  }
}
