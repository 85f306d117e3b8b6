import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { BadInputError } from '../../errors';
import type { Context } from '../context';
import { toEntity } from '../common/entity.mapper';
import { checkPageSize, decodeCursor, encodeCursor, pageInfo } from '../common/pagination';
import { ListSize } from '../common/cost.directives';
import { MAX_PAGE_SIZE } from '../common/argument-limits';
import { OrganisationKind, PartnerType } from '../partner/partner.type';
import { OrganisationOrder, OrganisationRole, OrganisationUsageConnection } from './organisation.types';

const ALL_ROLES = [OrganisationRole.PARTNER, OrganisationRole.MENTION];
const orNull = <T>(list: T[] | null | undefined): T[] | null => (list && list.length > 0 ? list : null);

@Resolver()
export class OrganisationResolver {
  @ListSize(MAX_PAGE_SIZE, { slicingArguments: ['first'], sizedFields: ['edges'] })
  @Query(() => OrganisationUsageConnection, {
    description:
      'Organisations with how many initiatives they appear in, in any of the chosen roles, and the count per role: ' +
      '"which bodies appear in two or more initiatives, in any role" is `organisations(minInitiatives: 2)`. ' +
      'Most initiatives first (ties by name), or by name. A page at a time (Relay connection).',
  })
  async organisations(
    @Ctx() context: Context,
    @Arg('minInitiatives', () => Int, { defaultValue: 1, description: 'Leave out organisations in fewer initiatives than this (over `roles`); 0 keeps all.' })
    minInitiatives = 1,
    @Arg('roles', () => [OrganisationRole], { nullable: true, description: 'Roles that count; omit or [] for every role (PARTNER and MENTION).' })
    roles?: OrganisationRole[] | null,
    @Arg('kinds', () => [OrganisationKind], { nullable: true, description: 'Only these kinds, e.g. [BODY] to leave out venues, events, groups and programmes.' })
    kinds?: OrganisationKind[] | null,
    @Arg('types', () => [PartnerType], { nullable: true, description: 'Only these sectors, e.g. [COMPANY].' })
    types?: PartnerType[] | null,
    @Arg('orderBy', () => OrganisationOrder, { defaultValue: OrganisationOrder.INITIATIVES }) orderBy = OrganisationOrder.INITIATIVES,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first = 20,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' }) after?: string | null,
  ): Promise<OrganisationUsageConnection> {
    checkPageSize(first);
    if (!Number.isInteger(minInitiatives) || minInitiatives < 0) {
      throw new BadInputError(`"minInitiatives" must be 0 or more, got ${minInitiatives}`, 'minInitiatives');
    }
    const offset = decodeCursor(after);
    const { total, rows } = await context.repositories.organisations.usage({
      roles: orNull(roles) ?? ALL_ROLES,
      kinds: orNull(kinds),
      types: orNull(types),
      minInitiatives,
      orderBy,
      offset,
      limit: first,
    });
    return {
      totalCount: total,
      edges: rows.map((row, index) => ({
        cursor: encodeCursor(offset + index),
        node: {
          organisation: toEntity(row.target, row.labels),
          initiativeCount: row.initiatives,
          roleCounts: [
            { role: OrganisationRole.PARTNER, count: row.partner },
            { role: OrganisationRole.MENTION, count: row.mention },
          ],
        },
      })),
      pageInfo: pageInfo(offset, rows.length, total),
    };
  }
}
