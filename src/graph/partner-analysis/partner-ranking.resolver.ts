import { Arg, FieldResolver, Resolver, Root } from 'type-graphql';
import { BASIS_ARG } from '../common/basis-arg';
import { InitiativeEdge } from '../common/edges';
import { Basis } from '../common/evidence.type';
import { ListSize, NESTED_LIST_SIZE } from '../common/cost.directives';
import { PartnerRanking } from './partner-analysis.types';

@Resolver(() => PartnerRanking)
export class PartnerRankingResolver {
  // The ranking's query brings every link; the basis filter costs nothing more (as on every relationship field).
  @ListSize(NESTED_LIST_SIZE)
  @FieldResolver(() => [InitiativeEdge], {
    description:
      'Those initiatives in report order, each with the quote that names the organisation as a partner. With `basis`, only the ' +
      'links of that basis (`initiativeCount` still counts them all).',
  })
  initiatives(@Root() ranking: PartnerRanking, @Arg('basis', () => Basis, BASIS_ARG) basis?: Basis | null): InitiativeEdge[] {
    return basis ? ranking.initiativeLinks.filter((edge) => edge.evidence.basis === basis) : ranking.initiativeLinks;
  }
}
