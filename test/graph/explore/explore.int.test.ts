import { useMiniGraph } from '../../support/execute';

// Answers worked out by hand from test/fixtures/mini-dataset.ts (see the links listed in
// test/graph/paths/paths.int.test.ts).

const SUBGRAPH = `query($ids: [ID!]!) {
  subgraph(ids: $ids) { truncated nodes { id __typename } edges { id type from to evidence { page quote basis } } }
}`;
const COUNTS = `query($ids: [ID!]!) { neighborCounts(ids: $ids) { id: nodeId total byKind { kind count } } }`;
const NEIGHBORHOOD = `query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 1000) { nodes { id } } }`;

describe('explorer queries over the mini fixture', () => {
  const { run, database } = useMiniGraph();

  describe('subgraph', () => {
    it('when two initiatives and a town are asked, then they come in the order asked with exactly the links among them', async () => {
      const { data, errors } = await run(SUBGRAPH, { ids: ['town:grindsted', 'initiative:fritidsjob', 'initiative:klimaplan'] });
      expect(errors).toBeUndefined();
      expect(data.subgraph).toEqual({
        truncated: false,
        nodes: [
          { id: 'town:grindsted', __typename: 'Town' },
          { id: 'initiative:fritidsjob', __typename: 'Initiative' },
          { id: 'initiative:klimaplan', __typename: 'Initiative' },
        ],
        edges: [
          {
            id: 'initiative:fritidsjob|IN_TOWN|town:grindsted',
            type: 'IN_TOWN',
            from: 'initiative:fritidsjob',
            to: 'town:grindsted',
            evidence: { page: 21, quote: 'unge i Grindsted', basis: 'STATED' },
          },
          {
            id: 'initiative:klimaplan|IN_TOWN|town:grindsted',
            type: 'IN_TOWN',
            from: 'initiative:klimaplan',
            to: 'town:grindsted',
            evidence: { page: 31, quote: 'solceller i Grindsted', basis: 'STATED' },
          },
        ],
      });
    });

    it('when nodes from different neighbourhoods are asked, then the link between them is there too', async () => {
      // fritidsjob and sundhedshus are not in each other's town or partner lists, but RELATED_TO joins them
      const { data } = await run(SUBGRAPH, { ids: ['initiative:sundhedshus', 'initiative:fritidsjob'] });
      expect(data.subgraph.edges.map((edge: { id: string }) => edge.id)).toEqual(['initiative:sundhedshus|RELATED_TO|initiative:fritidsjob']);
    });

    it('when an id is asked twice, then the node appears once', async () => {
      const { data } = await run(SUBGRAPH, { ids: ['town:billund', 'town:billund'] });
      expect(data.subgraph.nodes).toEqual([{ id: 'town:billund', __typename: 'Town' }]);
      expect(data.subgraph.edges).toEqual([]);
    });

    it('when one id is unknown, then the rest are answered and `missing` names it', async () => {
      const query = `query($ids: [ID!]!) { subgraph(ids: $ids) { nodes { id } missing } }`;
      const { data, errors } = await run(query, { ids: ['town:atlantis', 'town:billund', 'town:grindsted'] });
      expect(errors).toBeUndefined();
      expect(data.subgraph).toEqual({ nodes: [{ id: 'town:billund' }, { id: 'town:grindsted' }], missing: ['town:atlantis'] });
    });

    it.each([
      ['no ids', []],
      ['1001 ids', Array.from({ length: 1001 }, (_, i) => `town:t${i}`)],
    ])('when given %s, then BAD_USER_INPUT names "ids"', async (_name, ids) => {
      const { errors } = await run(SUBGRAPH, { ids });
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
      expect(errors?.[0].message).toBe(`"ids" must hold between 1 and 1000 distinct ids, got ${ids.length}`);
    });
  });

  describe('neighborCounts', () => {
    it('when klimaplan, sundhedshus and Grindsted are asked, then each has its neighbours counted by kind, in the order asked', async () => {
      const { data, errors } = await run(COUNTS, { ids: ['initiative:klimaplan', 'initiative:sundhedshus', 'town:grindsted'] });
      expect(errors).toBeUndefined();
      expect(data.neighborCounts).toEqual([
        {
          id: 'initiative:klimaplan',
          total: 8,
          byKind: [
            { kind: 'THEME', count: 2 },
            { kind: 'TOWN', count: 1 },
            { kind: 'PARTNER', count: 2 },
            { kind: 'COMMITTEE', count: 1 },
            { kind: 'YEAR', count: 1 },
            { kind: 'RESULT', count: 1 },
          ],
        },
        {
          id: 'initiative:sundhedshus',
          total: 7,
          byKind: [
            { kind: 'THEME', count: 1 },
            { kind: 'INITIATIVE', count: 1 },
            { kind: 'TOWN', count: 1 },
            { kind: 'PARTNER', count: 2 }, // region-syddanmark (partner) and sundhedsstyrelsen (mentioned)
            { kind: 'YEAR', count: 2 },
          ],
        },
        { id: 'town:grindsted', total: 2, byKind: [{ kind: 'INITIATIVE', count: 2 }] },
      ]);
    });

    it('when every node is counted, then each total is the size of its depth-1 neighbourhood', async () => {
      const { data } = await run('{ initiatives { id } towns { id } themes { id } committees { id } years { id } strategy { id } }');
      const ids: string[] = Object.values(data as Record<string, { id: string } | { id: string }[]>).flatMap((value) =>
        (Array.isArray(value) ? value : [value]).map((node) => node.id),
      );
      const counts = (await run(COUNTS, { ids })).data.neighborCounts as { id: string; total: number }[];
      for (const { id, total } of counts) {
        const neighborhood = (await run(NEIGHBORHOOD, { id })).data.neighborhood;
        expect({ id, total }).toEqual({ id, total: neighborhood.nodes.length - 1 });
      }
    });

    it('when many ids are asked, then one Cypher query answers them all', async () => {
      const queries: string[] = [];
      const stop = database().onQuery((name) => queries.push(name));
      await run(COUNTS, { ids: ['initiative:klimaplan', 'initiative:fritidsjob', 'town:grindsted', 'town:billund'] });
      stop();
      expect(queries).toEqual(['explore/neighbor-counts']);
    });

    it('when one id is unknown, then its place is null, NOT_FOUND names it at that index and the rest answer', async () => {
      const { data, errors } = await run(`query($ids: [ID!]!) { neighborCounts(ids: $ids) { id nodeId } }`, { ids: ['town:grindsted', 'initiative:nope'] });
      expect(data.neighborCounts).toEqual([{ id: 'neighbor-count:town:grindsted', nodeId: 'town:grindsted' }, null]);
      expect(errors).toHaveLength(1);
      expect(errors?.[0].path).toEqual(['neighborCounts', 1]);
      expect(errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', id: 'initiative:nope' });
    });
  });
});
