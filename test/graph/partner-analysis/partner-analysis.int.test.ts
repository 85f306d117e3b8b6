import { useMiniGraph } from '../../support/execute';

// Answers worked out on paper from test/fixtures/mini-dataset.ts:
//   kirkbi            partner in klimaplan (#1, p. 31) and fritidsjob (#2, p. 21)
//   region-syddanmark partner in klimaplan (#1) and sundhedshus (#3, p. 52)
//   dgi               partner in fritidsjob (#2)
//   sundhedsstyrelsen only mentioned (sundhedshus): not a partner
describe('partner analysis on the mini fixture', () => {
  const { run, database } = useMiniGraph();

  const RANKING = `
    query($minInitiatives: Int, $type: PartnerType, $first: Int, $after: String, $orderBy: PartnerOrder) {
      partners(minInitiatives: $minInitiatives, type: $type, first: $first, after: $after, orderBy: $orderBy) {
        totalCount
        edges {
          cursor
          node {
            partner { id name isPartner }
            initiativeCount
            initiatives { node { id } evidence { page quote basis } }
            themes { slug }
            towns { slug }
          }
        }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }`;
  const ids = (data: any) => data.partners.edges.map((edge: any) => edge.node.partner.id);

  describe('partners', () => {
    it('when asked with the defaults, then partners are ranked by initiatives (ties by name) and mentions do not count', async () => {
      const { data, errors } = await run(RANKING);
      expect(errors).toBeUndefined();
      expect(data.partners.totalCount).toBe(3);
      expect(data.partners.edges.map((edge: any) => edge.node)).toEqual([
        {
          partner: { id: 'organisation:kirkbi', name: 'KIRKBI', isPartner: true },
          initiativeCount: 2,
          initiatives: [
            { node: { id: 'initiative:klimaplan' }, evidence: { page: 31, quote: 'KIRKBI A/S har bidraget', basis: 'STATED' } },
            { node: { id: 'initiative:fritidsjob' }, evidence: { page: 21, quote: 'støttet af KIRKBI', basis: 'STATED' } },
          ],
          themes: [{ slug: 'staerke-byer' }, { slug: 'voksevaerk-i-erhvervslivet' }, { slug: 'rettidig-velfaerd' }],
          towns: [{ slug: 'grindsted' }, { slug: 'billund' }],
        },
        {
          partner: { id: 'organisation:region-syddanmark', name: 'Region Syddanmark', isPartner: true },
          initiativeCount: 2,
          initiatives: [
            { node: { id: 'initiative:klimaplan' }, evidence: { page: 31, quote: 'sammen med Region Syddanmark', basis: 'STATED' } },
            { node: { id: 'initiative:sundhedshus' }, evidence: { page: 52, quote: 'regionen er med', basis: 'STATED' } },
          ],
          themes: [{ slug: 'staerke-byer' }, { slug: 'voksevaerk-i-erhvervslivet' }, { slug: 'rettidig-velfaerd' }],
          towns: [{ slug: 'grindsted' }, { slug: 'soender-omme' }],
        },
        {
          partner: { id: 'organisation:dgi', name: 'DGI', isPartner: true },
          initiativeCount: 1,
          initiatives: [{ node: { id: 'initiative:fritidsjob' }, evidence: { page: 21, quote: 'i samarbejde med DGI', basis: 'STATED' } }],
          themes: [{ slug: 'rettidig-velfaerd' }],
          // both towns first appear in fritidsjob (#2), so the tie goes by name
          towns: [{ slug: 'billund' }, { slug: 'grindsted' }],
        },
      ]);
      expect(ids(data)).not.toContain('organisation:sundhedsstyrelsen');
      expect(data.partners.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    });

    it('when a page is asked for, then the whole page comes from one Cypher query', async () => {
      const names: string[] = [];
      const stop = database().onQuery((name) => names.push(name));
      try {
        const { errors } = await run('{ partners { edges { node { partner { name } initiatives { node { title } evidence { quote } } themes { name } towns { name } } } } }');
        expect(errors).toBeUndefined();
      } finally {
        stop();
      }
      expect(names).toEqual(['partner-analysis/ranking']);
    });

    it('when ordered by NAME, then the order is alphabetical', async () => {
      const { data } = await run(RANKING, { orderBy: 'NAME' });
      expect(ids(data)).toEqual(['organisation:dgi', 'organisation:kirkbi', 'organisation:region-syddanmark']);
    });

    it('when minInitiatives is 2, then only partners in two initiatives remain and totalCount follows', async () => {
      const { data } = await run(RANKING, { minInitiatives: 2 });
      expect(data.partners.totalCount).toBe(2);
      expect(ids(data)).toEqual(['organisation:kirkbi', 'organisation:region-syddanmark']);
    });

    it('when filtered by type, then only that kind of organisation is ranked', async () => {
      const company = await run(RANKING, { type: 'COMPANY' });
      expect(ids(company.data)).toEqual(['organisation:kirkbi']);
      const agency = await run(RANKING, { type: 'STATE_AGENCY' });
      expect(agency.data.partners).toEqual({
        totalCount: 0,
        edges: [],
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      });
    });

    it('when paged two at a time, then `after` continues where the first page ended', async () => {
      const first = await run(RANKING, { first: 2 });
      expect(ids(first.data)).toEqual(['organisation:kirkbi', 'organisation:region-syddanmark']);
      expect(first.data.partners.totalCount).toBe(3);
      expect(first.data.partners.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const second = await run(RANKING, { first: 2, after: first.data.partners.pageInfo.endCursor });
      expect(ids(second.data)).toEqual(['organisation:dgi']);
      expect(second.data.partners.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      expect(second.data.partners.edges[0].cursor).not.toBe(first.data.partners.edges[1].cursor);
    });

    it.each([
      [{ first: 0 }, 'first'],
      [{ first: 101 }, 'first'],
      [{ minInitiatives: 0 }, 'minInitiatives'],
      [{ after: 'not-a-cursor' }, 'after'],
    ])('when the arguments are %j, then the error is BAD_USER_INPUT on "%s"', async (variables, argument) => {
      const { data, errors } = await run(RANKING, variables);
      expect(data?.partners ?? null).toBeNull();
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    });
  });

  describe('sharedPartners', () => {
    const SHARED = 'query($a: ID!, $b: ID!) { sharedPartners(a: $a, b: $b) { partner { id } evidenceA { page quote } evidenceB { page quote } } }';

    it('when klimaplan and fritidsjob are compared, then KIRKBI is shared, with the quote from each', async () => {
      const { data, errors } = await run(SHARED, { a: 'klimaplan', b: 'initiative:fritidsjob' });
      expect(errors).toBeUndefined();
      expect(data.sharedPartners).toEqual([
        {
          partner: { id: 'organisation:kirkbi' },
          evidenceA: { page: 31, quote: 'KIRKBI A/S har bidraget' },
          evidenceB: { page: 21, quote: 'støttet af KIRKBI' },
        },
      ]);
    });

    it('when the order is swapped, then the evidence swaps with it', async () => {
      const { data } = await run(SHARED, { a: 'fritidsjob', b: 'klimaplan' });
      expect(data.sharedPartners[0].evidenceA.quote).toBe('støttet af KIRKBI');
      expect(data.sharedPartners[0].evidenceB.quote).toBe('KIRKBI A/S har bidraget');
    });

    it('when klimaplan and sundhedshus are compared, then Region Syddanmark is shared', async () => {
      const { data } = await run(SHARED, { a: 'klimaplan', b: 'sundhedshus' });
      expect(data.sharedPartners.map((s: any) => s.partner.id)).toEqual(['organisation:region-syddanmark']);
    });

    it('when two initiatives share no partner (a mention is not a partner), then the list is empty', async () => {
      const { data } = await run(SHARED, { a: 'fritidsjob', b: 'sundhedshus' });
      expect(data.sharedPartners).toEqual([]);
    });

    it('when an initiative is compared with itself, then all its partners are listed by name', async () => {
      const { data } = await run(SHARED, { a: 'klimaplan', b: 'klimaplan' });
      expect(data.sharedPartners.map((s: any) => s.partner.id)).toEqual(['organisation:kirkbi', 'organisation:region-syddanmark']);
    });

    it.each([
      [{ a: 'nope', b: 'klimaplan' }, 'nope'],
      [{ a: 'klimaplan', b: 'initiative:nope' }, 'initiative:nope'],
      [{ a: 'klimaplan', b: 'organisation:kirkbi' }, 'organisation:kirkbi'],
    ])('when an initiative is unknown (%j), then the error is NOT_FOUND', async (variables, id) => {
      const { data, errors } = await run(SHARED, variables);
      expect(data).toBeNull();
      expect(errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', kind: 'initiative', id });
      expect(errors?.[0].message).toBe(`No initiative with id "${id}"`);
    });
  });

  describe('coPartners', () => {
    const CO = 'query($id: ID!, $first: Int) { coPartners(partnerId: $id, first: $first) { partner { id } sharedCount initiatives { id } } }';

    it('when asked for KIRKBI, then Region Syddanmark and DGI share one initiative each, ranked by name on the tie', async () => {
      const { data, errors } = await run(CO, { id: 'kirkbi' });
      expect(errors).toBeUndefined();
      expect(data.coPartners).toEqual([
        { partner: { id: 'organisation:dgi' }, sharedCount: 1, initiatives: [{ id: 'initiative:fritidsjob' }] },
        { partner: { id: 'organisation:region-syddanmark' }, sharedCount: 1, initiatives: [{ id: 'initiative:klimaplan' }] },
      ]);
    });

    it('when asked by global id, then the answer is the same', async () => {
      const bySlug = await run(CO, { id: 'region-syddanmark' });
      const byId = await run(CO, { id: 'organisation:region-syddanmark' });
      expect(byId.data).toEqual(bySlug.data);
      expect(byId.data.coPartners).toEqual([
        { partner: { id: 'organisation:kirkbi' }, sharedCount: 1, initiatives: [{ id: 'initiative:klimaplan' }] },
      ]);
    });

    it('when `first` is 1, then only the top co-partner is returned', async () => {
      const { data } = await run(CO, { id: 'kirkbi', first: 1 });
      expect(data.coPartners.map((c: any) => c.partner.id)).toEqual(['organisation:dgi']);
    });

    it('when the organisation is only mentioned, then it has no co-partners', async () => {
      const { data, errors } = await run(CO, { id: 'sundhedsstyrelsen' });
      expect(errors).toBeUndefined();
      expect(data.coPartners).toEqual([]);
    });

    it('when the partner is unknown, then the error is NOT_FOUND', async () => {
      const { data, errors } = await run(CO, { id: 'nope' });
      expect(data).toBeNull();
      expect(errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', id: 'nope' });
    });

    it.each([0, 101])('when first is %i, then the error is BAD_USER_INPUT', async (first) => {
      const { errors } = await run(CO, { id: 'kirkbi', first });
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    });
  });
});
