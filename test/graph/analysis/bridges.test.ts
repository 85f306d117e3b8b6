import { rankBridges, type BridgeCandidate } from '../../../src/graph/analysis/bridges';

const link = (initiative: string, type: string, themes: string[], towns: string[]) => ({ initiative, type, themes, towns });

describe('rankBridges (pure)', () => {
  // p1 partners i1 and i2 (the middle of i1–p1–i2), p2 partners i2 only; u is a unit of i3.
  const candidates: BridgeCandidate<string>[] = [
    { key: 'organisation:p1', node: 'p1', links: [link('i1', 'WITH_PARTNER', ['t1'], ['x']), link('i2', 'WITH_PARTNER', ['t2'], ['y'])] },
    { key: 'organisation:p2', node: 'p2', links: [link('i2', 'WITH_PARTNER', ['t2'], ['y'])] },
    { key: 'unit:u', node: 'u', links: [link('i3', 'RUN_BY', ['t1', 't2'], ['x', 'x'])] },
  ];

  it('then score = distinct themes + distinct towns + betweenness on the partner graph, highest first', () => {
    // Partner graph i1–p1–i2–p2: 4 nodes, 3 pairs of others. p1 lies on (i1,i2), (i1,p2): 2/3; p2 on none.
    const ranked = rankBridges(candidates, 10);
    expect(ranked.map((b) => b.node)).toEqual(['p1', 'u', 'p2']);
    expect(ranked[0]).toMatchObject({ themes: 2, towns: 2, initiatives: 2 });
    expect(ranked[0].betweenness).toBeCloseTo(2 / 3, 10);
    expect(ranked[0].score).toBeCloseTo(4 + 2 / 3, 10);
    expect(ranked[1]).toEqual({ node: 'u', themes: 2, towns: 1, initiatives: 1, betweenness: 0, score: 3 });
    expect(ranked[2]).toEqual({ node: 'p2', themes: 1, towns: 1, initiatives: 1, betweenness: 0, score: 2 });
  });

  it('then `first` cuts the list', () => {
    expect(rankBridges(candidates, 1).map((b) => b.node)).toEqual(['p1']);
  });
});
