import { useMiniResultsGraph } from '../../support/mini-results-graph';

// Answers worked out by hand from test/fixtures/mini-results-dataset.ts (its header lists the results).
const CHAIN = `query($themeId: ID, $initiativeId: ID, $levels: [ResultLevel!], $minSupport: Int, $basis: Basis) {
  resultsChain(themeId: $themeId, initiativeId: $initiativeId, levels: $levels, minSupport: $minSupport, basis: $basis) {
    strategy { slug }
    themes {
      theme { slug } evidence { basis }
      initiatives {
        initiative { slug } themeLink { basis quote rationale } resultCount gaps weakestLink { basis support }
        results { result { slug } evidence { quote } gaps weakestLink { basis support } }
      }
    }
  } }`;

describe('resultsChain on the mini results graph', () => {
  const graph = useMiniResultsGraph();
  const chain = async (variables: Record<string, unknown>) => {
    const { data, errors } = await graph.run(CHAIN, variables);
    expect(errors).toBeUndefined();
    return data.resultsChain;
  };

  it('when a theme is asked, then its initiatives appear in report order with their results, gaps and weakest links', async () => {
    const answer = await chain({ themeId: 'rettidig-velfaerd' });
    expect(answer.strategy.slug).toBe('fremtidens-legeplads');
    expect(answer.themes).toHaveLength(1);
    expect(answer.themes[0].theme.slug).toBe('rettidig-velfaerd');
    const [fritidsjob, sundhedshus] = answer.themes[0].initiatives;
    expect(fritidsjob).toEqual({
      initiative: { slug: 'fritidsjob' },
      themeLink: { basis: 'INFERRED', quote: 'unge i job', rationale: 'Tidlig indsats for unge.' },
      resultCount: 3,
      gaps: ['INFERRED_THEME_LINK'],
      weakestLink: { basis: 'INFERRED', support: 1 },
      results: [
        { result: { slug: 'fritidsjob-1' }, evidence: { quote: '66 fritidsjob' }, gaps: ['INFERRED_THEME_LINK'], weakestLink: { basis: 'INFERRED', support: 1 } },
        { result: { slug: 'fritidsjob-2' }, evidence: { quote: '40 fritidsjob i 2023' }, gaps: ['INFERRED_THEME_LINK'], weakestLink: { basis: 'INFERRED', support: 1 } },
        {
          result: { slug: 'fritidsjob-3' },
          evidence: { quote: 'evalueringen viser bedre trivsel' },
          gaps: ['NO_FIGURE', 'INFERRED_THEME_LINK'],
          weakestLink: { basis: 'INFERRED', support: 3 },
        },
      ],
    });
    expect(sundhedshus).toMatchObject({
      initiative: { slug: 'sundhedshus' },
      resultCount: 0,
      results: [],
      gaps: ['NO_RESULT', 'INFERRED_THEME_LINK'],
      weakestLink: { basis: 'INFERRED', support: null },
    });
  });

  it('when the theme link is stated, then the only gap of an assertion is ASSERTION_ONLY and the weakest link is STATED', async () => {
    const [theme] = (await chain({ themeId: 'theme:staerke-byer' })).themes;
    expect(theme.evidence.basis).toBe('STATED');
    const [klimaplan] = theme.initiatives;
    expect(klimaplan.gaps).toEqual([]);
    expect(klimaplan.weakestLink).toEqual({ basis: 'STATED', support: 0 });
    expect(klimaplan.results.map((r: any) => [r.result.slug, r.gaps, r.weakestLink.support])).toEqual([
      ['klimaplan-1', ['ASSERTION_ONLY'], 0],
      ['klimaplan-2', [], 3],
    ]);
  });

  it('when minSupport is 3, then only results graded 3 or more remain and an initiative left with none drops out', async () => {
    const [theme] = (await chain({ themeId: 'rettidig-velfaerd', minSupport: 3 })).themes;
    expect(theme.initiatives.map((i: any) => i.initiative.slug)).toEqual(['fritidsjob']);
    expect(theme.initiatives[0].results.map((r: any) => r.result.slug)).toEqual(['fritidsjob-3']);
    expect(theme.initiatives[0].resultCount).toBe(3);
    expect(theme.initiatives[0].weakestLink).toEqual({ basis: 'INFERRED', support: 3 });
  });

  it('when levels are given, then only results at those levels remain', async () => {
    const [theme] = (await chain({ themeId: 'rettidig-velfaerd', levels: ['LEVERANCE'] })).themes;
    expect(theme.initiatives[0].results.map((r: any) => r.result.slug)).toEqual(['fritidsjob-1', 'fritidsjob-2']);
  });

  it('when an initiative is asked, then it appears under each theme it serves, by theme name; basis STATED keeps the stated link only', async () => {
    const all = await chain({ initiativeId: 'klimaplan' });
    expect(all.themes.map((t: any) => [t.theme.slug, t.initiatives.map((i: any) => i.gaps)])).toEqual([
      ['staerke-byer', [[]]],
      ['voksevaerk-i-erhvervslivet', [['INFERRED_THEME_LINK']]],
    ]);
    const stated = await chain({ initiativeId: 'initiative:klimaplan', basis: 'STATED' });
    expect(stated.themes.map((t: any) => [t.theme.slug, t.initiatives.length])).toEqual([
      ['staerke-byer', 1],
      ['voksevaerk-i-erhvervslivet', 0],
    ]);
  });

  it.each([
    [{}, 'BAD_USER_INPUT'],
    [{ themeId: 'staerke-byer', initiativeId: 'klimaplan' }, 'BAD_USER_INPUT'],
    [{ themeId: 'atlantis' }, 'NOT_FOUND'],
    [{ initiativeId: 'staerke-byer' }, 'NOT_FOUND'],
    [{ themeId: 'staerke-byer', minSupport: 5 }, 'BAD_USER_INPUT'],
    [{ themeId: 'staerke-byer', minSupport: -1 }, 'BAD_USER_INPUT'],
  ])('when asked with %j, then the error code is %s', async (variables, code) => {
    const { data, errors } = await graph.run(CHAIN, variables);
    expect(data).toBeNull();
    expect(errors?.[0].extensions?.code).toBe(code);
  });

  it('when the chain is read with every result\'s indicator, then it costs one chain query and one indicator query', async () => {
    const names: string[] = [];
    const stop = graph.database().onQuery((name) => names.push(name));
    const { errors } = await graph.run('{ resultsChain(themeId: "rettidig-velfaerd") { themes { initiatives { results { result { indicator { slug } } } } } } }');
    stop();
    expect(errors).toBeUndefined();
    expect(names).toEqual(['results/chain', 'link/outgoing']);
  });
});

describe('themeScorecard on the mini results graph', () => {
  const graph = useMiniResultsGraph();

  it('then each theme counts its initiatives by link basis and its results by level, kind, support, figure and year', async () => {
    const { data, errors } = await graph.run(`{ themeScorecard {
      theme { slug } initiatives statedLinks inferredLinks results
      byLevel { level iatiType count } byKind { kind count } bySupport { grade count }
      withFigure withFigureShare supportAtLeast3 supportAtLeast3Share years initiativesWithoutResult { slug } } }`);
    expect(errors).toBeUndefined();
    const [rettidig, staerke, voksevaerk] = data.themeScorecard;
    expect(rettidig).toEqual({
      theme: { slug: 'rettidig-velfaerd' },
      initiatives: 2,
      statedLinks: 0,
      inferredLinks: 2,
      results: 3,
      byLevel: [
        { level: 'AKTIVITET', iatiType: 'OUTPUT', count: 0 },
        { level: 'LEVERANCE', iatiType: 'OUTPUT', count: 2 },
        { level: 'RESULTAT', iatiType: 'OUTCOME', count: 1 },
        { level: 'VIRKNING', iatiType: 'IMPACT', count: 0 },
      ],
      byKind: [
        { kind: 'MEASURED', count: 2 },
        { kind: 'ACHIEVEMENT', count: 1 },
        { kind: 'TARGET', count: 0 },
        { kind: 'EXPECTED', count: 0 },
      ],
      bySupport: [
        { grade: 0, count: 0 },
        { grade: 1, count: 2 },
        { grade: 2, count: 0 },
        { grade: 3, count: 1 },
        { grade: 4, count: 0 },
      ],
      withFigure: 2,
      withFigureShare: 2 / 3,
      supportAtLeast3: 1,
      supportAtLeast3Share: 1 / 3,
      years: [2023, 2024],
      initiativesWithoutResult: [{ slug: 'sundhedshus' }],
    });
    expect(staerke).toMatchObject({
      theme: { slug: 'staerke-byer' },
      initiatives: 1,
      statedLinks: 1,
      inferredLinks: 0,
      results: 2,
      withFigure: 2,
      withFigureShare: 1,
      supportAtLeast3: 1,
      supportAtLeast3Share: 0.5,
      years: [2019, 2020, 2021, 2022, 2023, 2030],
      initiativesWithoutResult: [],
    });
    expect(staerke.byKind.filter((k: any) => k.count > 0)).toEqual([{ kind: 'MEASURED', count: 1 }, { kind: 'TARGET', count: 1 }]);
    expect(voksevaerk).toMatchObject({ theme: { slug: 'voksevaerk-i-erhvervslivet' }, initiatives: 1, statedLinks: 0, inferredLinks: 1, results: 2 });
  });
});
