import { Basis } from '../../../src/graph/common/evidence.type';
import { ChainGap } from '../../../src/graph/result/result-enums';
import { buildChain, type ChainFilter } from '../../../src/graph/results-chain/build-chain';
import type { ChainNodeRow, ChainRow } from '../../../src/graph/results-chain/results-chain.repository';

// A link as loaded without a position in the report (the mini fixtures have none).
const NO_POSITION = { evidenceId: null, start: null, end: null, prefix: null, suffix: null, firstLine: null, lastLine: null, alignment: null, document: null, passage: null };
const rel = (basis: 'STATED' | 'INFERRED') => ({ key: 'a|T|b', page: 1, quote: 'q', basis, rationale: basis === 'INFERRED' ? 'why' : null, event: null, ...NO_POSITION });
const result = (id: string, props: Record<string, unknown>, basis: 'STATED' | 'INFERRED' = 'STATED'): ChainNodeRow => ({
  node: { key: `result:${id}`, id, text: id, ...props },
  labels: ['Entity', 'Result'],
  rel: rel(basis),
});
const row = (initiatives: ChainRow['themes'][number]['initiatives'], themeBasis: 'STATED' | 'INFERRED' = 'STATED'): ChainRow => ({
  strategy: { key: 'strategy:s', id: 's', name: 'S' },
  strategyLabels: ['Entity', 'Strategy'],
  found: true,
  themes: [{ node: { key: 'theme:t', id: 't', name: 'T' }, labels: ['Entity', 'Theme'], rel: rel(themeBasis), initiatives }],
});
const initiative = (id: string, basis: 'STATED' | 'INFERRED', results: ChainNodeRow[]) => ({
  node: { key: `initiative:${id}`, id, title: id, number: 1 },
  labels: ['Entity', 'Initiative'],
  rel: rel(basis),
  results,
});
const none: ChainFilter = { levels: null, minSupport: null, basis: null };

describe('buildChain', () => {
  const a = result('a', { value: 5, supportGrade: 1, level: 'leverance' });
  const b = result('b', { value: null, supportGrade: 0, level: 'resultat' });
  const c = result('c', { value: null, supportGrade: 3, level: 'resultat' });

  it('when an initiative has results, then each result gets its own gaps and weakest link', () => {
    const chain = buildChain(row([initiative('i', 'STATED', [a, b])]), none);
    const [i] = chain.themes[0].initiatives;
    expect(i.results.map((r) => [r.result.slug, r.gaps, r.weakestLink])).toEqual([
      ['a', [], { basis: Basis.STATED, support: 1 }],
      ['b', [ChainGap.NO_FIGURE, ChainGap.ASSERTION_ONLY], { basis: Basis.STATED, support: 0 }],
    ]);
    expect(i.gaps).toEqual([]);
    expect(i.weakestLink).toEqual({ basis: Basis.STATED, support: 0 });
  });

  it('when every result is a bare assertion without a figure, then the initiative has NO_FIGURE and ASSERTION_ONLY', () => {
    const [i] = buildChain(row([initiative('i', 'STATED', [b])]), none).themes[0].initiatives;
    expect(i.gaps).toEqual([ChainGap.NO_FIGURE, ChainGap.ASSERTION_ONLY]);
  });

  it('when the theme link is inferred, then the initiative and each of its results carry INFERRED_THEME_LINK and an INFERRED weakest link', () => {
    const [i] = buildChain(row([initiative('i', 'INFERRED', [a])]), none).themes[0].initiatives;
    expect(i.gaps).toEqual([ChainGap.INFERRED_THEME_LINK]);
    expect(i.results[0].gaps).toEqual([ChainGap.INFERRED_THEME_LINK]);
    expect(i.results[0].weakestLink.basis).toBe(Basis.INFERRED);
  });

  it("when the link to a result is inferred, then only that path's weakest link is INFERRED, with no theme gap", () => {
    const [i] = buildChain(row([initiative('i', 'STATED', [result('d', { value: 1, supportGrade: 1 }, 'INFERRED')])]), none).themes[0].initiatives;
    expect(i.results[0]).toMatchObject({ gaps: [], weakestLink: { basis: Basis.INFERRED, support: 1 } });
    expect(i.weakestLink.basis).toBe(Basis.INFERRED);
  });

  it('when an initiative has no result, then it has NO_RESULT and no support on its weakest link', () => {
    const [i] = buildChain(row([initiative('i', 'STATED', [])]), none).themes[0].initiatives;
    expect(i).toMatchObject({ gaps: [ChainGap.NO_RESULT], resultCount: 0, weakestLink: { basis: Basis.STATED, support: null } });
  });

  it('when a result filter leaves an initiative empty, then it is left out; its gaps still read all its results', () => {
    const chain = buildChain(row([initiative('i', 'STATED', [a, b, c]), initiative('j', 'STATED', [b])]), { ...none, minSupport: 3 });
    expect(chain.themes[0].initiatives.map((i) => i.initiative.slug)).toEqual(['i']);
    const [i] = chain.themes[0].initiatives;
    expect(i.results.map((r) => r.result.slug)).toEqual(['c']);
    expect(i.resultCount).toBe(3);
    expect(i.weakestLink.support).toBe(3);
    expect(buildChain(row([initiative('i', 'STATED', [a, b, c])]), { ...none, levels: ['resultat'] }).themes[0].initiatives[0].results.map((r) => r.result.slug)).toEqual(['b', 'c']);
  });

  it('when a basis is asked, then only initiatives whose theme link has it remain', () => {
    const chain = buildChain(row([initiative('i', 'STATED', [a]), initiative('j', 'INFERRED', [a])]), { ...none, basis: Basis.INFERRED });
    expect(chain.themes[0].initiatives.map((i) => i.initiative.slug)).toEqual(['j']);
  });
});
