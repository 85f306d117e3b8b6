import { Field, ID, ObjectType, type ClassType } from 'type-graphql';
import { Committee, CommitteeRole } from '../committee/committee.type';
import { Initiative } from '../initiative/initiative.type';
import { Partner } from '../partner/partner.type';
import { Recommendation } from '../recommendation/recommendation.type';
import { Result } from '../result/result.type';
import { Theme } from '../theme/theme.type';
import { Town } from '../town/town.type';
import { Unit } from '../unit/unit.type';
import { Year } from '../year/year.type';
import type { EntityObject } from './entity.mapper';
import { Evidence } from './evidence.type';
import { Node } from '../node.interface';

// An edge = the node at the other end + the evidence of the link. One generic shape, one class per
// node type, because GraphQL has no generics. The node is held as the EntityObject the repositories
// decode; NodeClass only says which GraphQL type describes it.
function EdgeOf<T extends object>(NodeClass: ClassType<T>) {
  @ObjectType()
  abstract class Edge {
    @Field(() => ID, {
      description:
        'Globally unique and stable: the side the link is seen from ("out" or "in") and the relationship key, ' +
        'e.g. "out:initiative:klimaplan|IN_TOWN|town:grindsted". A client cache may key edges by it.',
    })
    id!: string;

    @Field(() => NodeClass)
    node!: EntityObject;

    @Field(() => Evidence, { description: 'Page and verbatim quote behind this link, and whether it is stated or inferred.' })
    evidence!: Evidence;
  }
  return Edge;
}

@ObjectType({ description: 'A link to an initiative, with its evidence.' })
export class InitiativeEdge extends EdgeOf(Initiative) {
  @Field(() => CommitteeRole, { nullable: true, description: 'On links from a committee: its role.' })
  role?: CommitteeRole | null;

  @Field(() => String, { nullable: true, description: 'On links from a year: what happened that year.' })
  event?: string | null;

  @Field(() => Node, {
    nullable: true,
    description:
      'On `Town.initiatives(reach: TOUCHES)`: the organisation or unit located in the town through which the initiative ' +
      'touches it (`evidence` is then the initiative\'s link to that body); null when the initiative happens in the town.',
  })
  via?: EntityObject | null;
}

@ObjectType({ description: 'A link to a theme, with its evidence (often INFERRED).' })
export class ThemeEdge extends EdgeOf(Theme) {}

@ObjectType({ description: 'A link to a town, with its evidence.' })
export class TownEdge extends EdgeOf(Town) {}

@ObjectType({ description: 'A link to an organisation, with its evidence.' })
export class PartnerEdge extends EdgeOf(Partner) {}

@ObjectType({ description: 'A link to a municipal unit, with its evidence.' })
export class UnitEdge extends EdgeOf(Unit) {}

@ObjectType({ description: 'A link to a political body, with its role and evidence.' })
export class CommitteeEdge extends EdgeOf(Committee) {
  @Field(() => CommitteeRole)
  role!: CommitteeRole;
}

@ObjectType({ description: 'A dated event of an initiative.' })
export class YearEdge extends EdgeOf(Year) {
  @Field({ description: 'What happened that year, in our words.' })
  event!: string;
}

@ObjectType({ description: 'A result of an initiative, with its evidence.' })
export class ResultEdge extends EdgeOf(Result) {}

@ObjectType({ description: 'A recommendation, with its evidence.' })
export class RecommendationEdge extends EdgeOf(Recommendation) {}
