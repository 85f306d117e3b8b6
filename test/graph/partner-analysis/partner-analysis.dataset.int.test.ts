import type { Database } from '../../../src/db/database';
import { seedDatabase } from '../../../src/dataset/seed-dataset';
import { cleanTestDatabase } from '../../support/test-database';
import { execute } from '../../support/execute';

describe('partner analysis on the real dataset (seed/)', () => {
  let database: Database;
  const run = (source: string, variables?: Record<string, unknown>) => execute(database, source, variables);

  beforeAll(async () => {
    database = await cleanTestDatabase();
    await seedDatabase(database);
  }, 120_000);
  afterAll(async () => {
    await database.close();
  });

  it('when the ranking asks for summaries and quote positions, then they equal what each initiative says of the same link', async () => {
    const EVIDENCE = 'evidence { page quote basis prefix suffix start end firstLine lastLine document { id } }';
    const { data, errors } = await run(`{ partners(first: 4) { edges { node { partner { id } initiatives { node { id summary } ${EVIDENCE} } } } } }`);
    expect(errors).toBeUndefined();
    const links = data.partners.edges.flatMap((edge: any) => edge.node.initiatives.map((link: any) => ({ partner: edge.node.partner.id, ...link })));
    expect(links.length).toBeGreaterThanOrEqual(7);
    for (const link of links) {
      const alone = await run(`query ($id: ID!) { initiative(id: $id) { summary partners { node { id } ${EVIDENCE} } } }`, { id: link.node.id });
      expect(link.node.summary).toBe(alone.data.initiative.summary);
      expect(link.evidence).toEqual(alone.data.initiative.partners.find((edge: any) => edge.node.id === link.partner).evidence);
      expect(link.evidence.prefix).not.toBeNull();
      expect(link.evidence.end).toBeGreaterThan(link.evidence.start);
    }
  });

  it('when partners are ranked, then the top three have two initiatives each, by name, and the fourth has one', async () => {
    const { data, errors } = await run('{ partners(first: 5) { totalCount edges { node { partner { name isPartner } initiativeCount initiatives { node { id } } } } } }');
    expect(errors).toBeUndefined();
    const nodes = data.partners.edges.map((edge: any) => edge.node);
    // FGU Trekanten had two until its Billund department became a body of its own (seed/README.md, "Places and parts")
    expect(nodes.slice(0, 3).map((n: any) => [n.partner.name, n.initiativeCount])).toEqual([
      ['KIRKBI', 2],
      ['Praktiserende læger', 2],
      ['Vejen Kommune', 2],
    ]);
    expect(nodes[3].initiativeCount).toBe(1);
    for (const node of nodes) {
      expect(node.partner.isPartner).toBe(true);
      expect(node.initiatives).toHaveLength(node.initiativeCount);
    }
    const top = await run('{ partners(minInitiatives: 2) { totalCount } }');
    expect(top.data.partners.totalCount).toBe(3);
  });

  it('when every page is walked, then each partner appears once and the ranking never rises', async () => {
    const seen: string[] = [];
    const counts: number[] = [];
    let after: string | null = null;
    let total = 0;
    for (let pages = 0; pages < 100; pages += 1) {
      const result: any = await run(
        'query($after: String) { partners(first: 7, after: $after) { totalCount edges { node { partner { id } initiativeCount } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      expect(result.errors).toBeUndefined();
      total = result.data.partners.totalCount;
      for (const edge of result.data.partners.edges) {
        seen.push(edge.node.partner.id);
        counts.push(edge.node.initiativeCount);
      }
      if (!result.data.partners.pageInfo.hasNextPage) break;
      after = result.data.partners.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
  });

  it('when KIRKBI\'s co-partners are asked, then each shares at least one of its initiatives', async () => {
    const kirkbi = await run('{ partners(minInitiatives: 2) { edges { node { partner { id name } initiatives { node { id } } } } } }');
    const node = kirkbi.data.partners.edges.map((e: any) => e.node).find((n: any) => n.partner.name === 'KIRKBI');
    const own = new Set(node.initiatives.map((edge: any) => edge.node.id));
    const { data, errors } = await run('query($id: ID!) { coPartners(partnerId: $id) { partner { id } sharedCount initiatives { id } } }', { id: node.partner.id });
    expect(errors).toBeUndefined();
    for (const co of data.coPartners) {
      expect(co.partner.id).not.toBe(node.partner.id);
      expect(co.sharedCount).toBe(co.initiatives.length);
      for (const initiative of co.initiatives) expect(own.has(initiative.id)).toBe(true);
    }
  });

  it('when the ids are unknown, then the errors are NOT_FOUND', async () => {
    const shared = await run('{ sharedPartners(a: "nope", b: "nope-either") { partner { id } } }');
    expect(shared.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const co = await run('{ coPartners(partnerId: "nope") { partner { id } } }');
    expect(co.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
