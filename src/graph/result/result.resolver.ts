import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { BASIS_ARG } from '../common/basis-arg';
import { Basis } from '../common/evidence.type';
import type { EntityObject } from '../common/entity.mapper';
import { InitiativeEdge } from '../common/edges';
import { Evidence } from '../common/evidence.type';
import { Indicator } from '../indicator/indicator.type';
import { linkEdges } from '../link/link-edges';
import { Measure, Period, ResultKindClaim, ResultLevelClaim, Support } from './result-claims.type';
import { kindClaim, levelClaim, measure, periodClaim, supportClaim } from './result-claims.mapper';
import { Result } from './result.type';
import { ListSize, NESTED_LIST_SIZE } from '../common/cost.directives';

@Resolver(() => Result)
export class ResultResolver {
  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [InitiativeEdge], { description: 'The initiative that achieved it (one; by report number if ever more).' })
  initiative(@Root() result: EntityObject, @Ctx() context: Context, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null) {
    return linkEdges(context, result.id, 'ACHIEVED', 'in', basis);
  }

  @FieldResolver(() => ResultLevelClaim, { nullable: true, description: 'Where it sits in the results chain: aktivitet, leverance, resultat or virkning.' })
  level(@Root() result: EntityObject): ResultLevelClaim | null {
    return levelClaim(result);
  }

  @FieldResolver(() => ResultKindClaim, { nullable: true, description: 'Measured, achieved without a figure, a target, or an expected effect.' })
  kind(@Root() result: EntityObject): ResultKindClaim | null {
    return kindClaim(result);
  }

  @FieldResolver(() => Support, { nullable: true, description: 'How the report backs it, graded 0–4.' })
  support(@Root() result: EntityObject): Support | null {
    return supportClaim(result);
  }

  @FieldResolver(() => Period, { nullable: true, description: 'The years it covers, where the report gives a range (e.g. 2021–2024).' })
  period(@Root() result: EntityObject): Period | null {
    return periodClaim(result);
  }

  @FieldResolver(() => Measure, { nullable: true, description: 'The starting point the report gives, where it gives one.' })
  baseline(@Root() result: EntityObject): Measure | null {
    return measure(result, 'baseline');
  }

  @FieldResolver(() => Measure, { nullable: true, description: 'The target the report gives, where it gives one.' })
  target(@Root() result: EntityObject): Measure | null {
    return measure(result, 'target');
  }

  @FieldResolver(() => Indicator, { nullable: true, description: 'What it measures, shared with other results of the same indicator; null for most results without a figure.' })
  async indicator(@Root() result: EntityObject, @Ctx() context: Context): Promise<EntityObject | null> {
    const [edge] = await linkEdges(context, result.id, 'MEASURES', 'out');
    return edge?.node ?? null;
  }

  @FieldResolver(() => Evidence, { nullable: true, description: 'Why the result was given its indicator (the indicator is our name for what the figure counts).' })
  async indicatorEvidence(@Root() result: EntityObject, @Ctx() context: Context): Promise<Evidence | null> {
    const [edge] = await linkEdges(context, result.id, 'MEASURES', 'out');
    return edge?.evidence ?? null;
  }
}
