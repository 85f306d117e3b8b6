import { useMiniResultsGraph } from '../../support/mini-results-graph';

// Answers worked out by hand from test/fixtures/mini-results-dataset.ts. Report order there:
// klimaplan-1 (50), klimaplan-2 (12, 2019–2023), fritidsjob-1 (66, 2024), fritidsjob-2 (40, 2023), fritidsjob-3 (no figure).
const PAGE = `query($filter: ResultFilter, $sort: ResultSort, $first: Int, $after: String) {
  results(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;

describe('results (root connection) on the mini results graph', () => {
  const graph = useMiniResultsGraph();
  const page = async (variables: Record<string, unknown>) => {
    const { data, errors } = await graph.run(PAGE, variables);
    expect(errors).toBeUndefined();
    return data.results;
  };
  const slugs = async (variables: Record<string, unknown>) => (await page(variables)).edges.map((edge: any) => edge.node.slug);

  it('when nothing is filtered, then all five results come in report order', async () => {
    const all = await page({});
    expect(all.totalCount).toBe(5);
    expect(all.edges.map((edge: any) => edge.node.slug)).toEqual(['klimaplan-1', 'klimaplan-2', 'fritidsjob-1', 'fritidsjob-2', 'fritidsjob-3']);
  });

  it.each([
    ['levels VIRKNING', { levels: ['VIRKNING'] }, ['klimaplan-1', 'klimaplan-2']],
    ['kinds TARGET', { kinds: ['TARGET'] }, ['klimaplan-1']],
    ['minSupport 3', { minSupport: 3 }, ['klimaplan-2', 'fritidsjob-3']],
    ['maxSupport 0', { maxSupport: 0 }, ['klimaplan-1']],
    ['source NAMED_EVALUATION', { supportSources: ['NAMED_EVALUATION'] }, ['fritidsjob-3']],
    ['year 2021, inside a period', { years: [2021] }, ['klimaplan-2']],
    ['year 2024', { years: [2024] }, ['fritidsjob-1']],
    ['value 20–60', { minValue: 20, maxValue: 60 }, ['klimaplan-1', 'fritidsjob-2']],
    ['no figure', { hasFigure: false }, ['fritidsjob-3']],
    ['indicator', { indicators: ['indicator:antal-fritidsjob'] }, ['fritidsjob-1', 'fritidsjob-2']],
    ['theme', { themes: ['staerke-byer'] }, ['klimaplan-1', 'klimaplan-2']],
    ['town billund', { towns: ['billund'] }, ['fritidsjob-1', 'fritidsjob-2', 'fritidsjob-3']],
    ['town soender-omme (no results there)', { towns: ['soender-omme'] }, []],
    ['initiative and level', { initiatives: ['fritidsjob'], levels: ['RESULTAT'] }, ['fritidsjob-3']],
  ])('when filtered by %s, then exactly the matching results come', async (_name, filter, expected) => {
    const answer = await page({ filter, first: 100 });
    expect(answer.totalCount).toBe(expected.length);
    expect(answer.edges.map((edge: any) => edge.node.slug)).toEqual(expected);
  });

  it('when sorted by value, then figures ascend (or descend) and the result without a figure comes last either way', async () => {
    expect(await slugs({ sort: { by: 'VALUE' } })).toEqual(['klimaplan-2', 'fritidsjob-2', 'klimaplan-1', 'fritidsjob-1', 'fritidsjob-3']);
    expect(await slugs({ sort: { by: 'VALUE', descending: true } })).toEqual(['fritidsjob-1', 'klimaplan-1', 'fritidsjob-2', 'klimaplan-2', 'fritidsjob-3']);
  });

  it('when sorted by year, then a period counts by its last year and ties keep report order', async () => {
    expect(await slugs({ sort: { by: 'YEAR' } })).toEqual(['klimaplan-2', 'fritidsjob-2', 'fritidsjob-1', 'klimaplan-1', 'fritidsjob-3']);
  });

  it('when paged by two, then the cursor continues where the page ended', async () => {
    const first = await page({ first: 2 });
    expect(first.edges.map((edge: any) => edge.node.slug)).toEqual(['klimaplan-1', 'klimaplan-2']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await page({ first: 2, after: first.pageInfo.endCursor });
    expect(second.edges.map((edge: any) => edge.node.slug)).toEqual(['fritidsjob-1', 'fritidsjob-2']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it.each([
    [{ filter: { minSupport: 7 } }, 'filter.minSupport'],
    [{ filter: { minSupport: 3, maxSupport: 1 } }, 'filter.minSupport'],
    [{ filter: { minValue: 10, maxValue: 5 } }, 'filter.minValue'],
    [{ first: 0 }, 'first'],
    [{ after: 'not-a-cursor' }, 'after'],
  ])('when asked with %j, then BAD_USER_INPUT names %s', async (variables, argument) => {
    const { errors } = await graph.run(PAGE, variables);
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});

describe('Result classification and Indicator series on the mini results graph', () => {
  const graph = useMiniResultsGraph();

  it('then each claim comes back with its evidence, the level with its IATI type, and figures with their own quotes', async () => {
    const { data, errors } = await graph.run(`{
      k1: node(id: "result:klimaplan-1") { ... on Result { level { value iatiType iatiCode evidence { basis quote rationale } } kind { value } target { value unit year evidence { quote } } baseline { value } indicator { slug } } }
      k2: node(id: "result:klimaplan-2") { ... on Result { period { from to evidence { quote } } baseline { value unit year } support { grade source by evidence { basis quote rationale } } } }
      f1: node(id: "result:fritidsjob-1") { ... on Result { level { value iatiType iatiCode } support { grade source by } indicator { slug name } indicatorEvidence { basis quote } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.k1).toEqual({
      level: { value: 'VIRKNING', iatiType: 'IMPACT', iatiCode: 3, evidence: { basis: 'INFERRED', quote: 'halvere udledningen', rationale: 'Udledningen i hele kommunen.' } },
      kind: { value: 'TARGET' },
      target: { value: 50, unit: '%', year: 2030, evidence: { quote: 'halvere udledningen' } },
      baseline: null,
      indicator: null,
    });
    expect(data.k2).toEqual({
      period: { from: 2019, to: 2023, evidence: { quote: 'fra 2019 til 2023' } },
      baseline: { value: 400, unit: 'kt CO2', year: 2019 },
      support: { grade: 3, source: 'OUTSIDE_MEASUREMENT', by: 'Energistyrelsen', evidence: { basis: 'STATED', quote: 'opgjort af Energistyrelsen', rationale: null } },
    });
    expect(data.f1).toEqual({
      level: { value: 'LEVERANCE', iatiType: 'OUTPUT', iatiCode: 1 },
      support: { grade: 1, source: 'OWN_FIGURE', by: null },
      indicator: { slug: 'antal-fritidsjob', name: 'antal etablerede fritidsjob' },
      indicatorEvidence: { basis: 'INFERRED', quote: '66 fritidsjob' },
    });
  });

  it('when an indicator is asked, then its results come as a series by year', async () => {
    const { data, errors } = await graph.run('{ indicator(id: "antal-fritidsjob") { id name results { slug year value } } indicators { slug } }');
    expect(errors).toBeUndefined();
    expect(data.indicator).toEqual({
      id: 'indicator:antal-fritidsjob',
      name: 'antal etablerede fritidsjob',
      results: [
        { slug: 'fritidsjob-2', year: 2023, value: 40 },
        { slug: 'fritidsjob-1', year: 2024, value: 66 },
      ],
    });
    expect(data.indicators).toEqual([{ slug: 'antal-fritidsjob' }]);
  });

  it('when an indicator\'s results are asked by basis, then only results whose indicator link has that basis come (both are inferred)', async () => {
    const { data, errors } = await graph.run(`{ indicator(id: "antal-fritidsjob") {
      inferred: results(basis: INFERRED) { slug indicatorEvidence { basis } }
      stated: results(basis: STATED) { slug } } }`);
    expect(errors).toBeUndefined();
    expect(data.indicator.inferred).toEqual([
      { slug: 'fritidsjob-2', indicatorEvidence: { basis: 'INFERRED' } },
      { slug: 'fritidsjob-1', indicatorEvidence: { basis: 'INFERRED' } },
    ]);
    expect(data.indicator.stated).toEqual([]);
  });

  it('when an unknown indicator is asked, then it is null with NOT_FOUND', async () => {
    const { data, errors } = await graph.run('{ indicator(id: "antal-drager") { name } }');
    expect(data).toEqual({ indicator: null });
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
