import { storeCoverage } from '../../../src/graph/analysis/store-coverage';
import { useMiniGraph } from '../../support/execute';

// Answers worked out by hand from the comment at the top of test/fixtures/mini-dataset.ts.
describe('analysis queries on the mini fixture (real Neo4j)', () => {
  const { run, database } = useMiniGraph();

  describe('coverage', () => {
    const query = 'query($r: Dimension!, $c: Dimension!) { coverage(rows: $r, columns: $c) { rows { id: value label } columns { id: value label } cells { row column count initiativeIds } total } }';

    it('when crossing THEME × TOWN, then each initiative sits under its themes and towns', async () => {
      const { data, errors } = await run(query, { r: 'THEME', c: 'TOWN' });
      expect(errors).toBeUndefined();
      expect(data.coverage.rows.map((v: any) => v.id)).toEqual(['theme:rettidig-velfaerd', 'theme:staerke-byer', 'theme:voksevaerk-i-erhvervslivet']);
      expect(data.coverage.columns).toEqual([
        { id: 'town:billund', label: 'Billund' },
        { id: 'town:grindsted', label: 'Grindsted' },
        { id: 'town:soender-omme', label: 'Sønder Omme' },
      ]);
      expect(data.coverage.cells).toEqual([
        { row: 'theme:rettidig-velfaerd', column: 'town:billund', count: 1, initiativeIds: ['initiative:fritidsjob'] },
        { row: 'theme:rettidig-velfaerd', column: 'town:grindsted', count: 1, initiativeIds: ['initiative:fritidsjob'] },
        { row: 'theme:rettidig-velfaerd', column: 'town:soender-omme', count: 1, initiativeIds: ['initiative:sundhedshus'] },
        { row: 'theme:staerke-byer', column: 'town:grindsted', count: 1, initiativeIds: ['initiative:klimaplan'] },
        { row: 'theme:voksevaerk-i-erhvervslivet', column: 'town:grindsted', count: 1, initiativeIds: ['initiative:klimaplan'] },
      ]);
      expect(data.coverage.total).toBe(3);
    });

    it('when crossing PARTNER_TYPE × YEAR, then only WITH_PARTNER organisations count (no state agency)', async () => {
      const { data } = await run(query, { r: 'PARTNER_TYPE', c: 'YEAR' });
      expect(data.coverage.rows).toEqual([
        { id: 'partner-type:association', label: 'association' },
        { id: 'partner-type:company', label: 'company' },
        { id: 'partner-type:region', label: 'region' },
      ]);
      expect(data.coverage.columns.map((v: any) => v.label)).toEqual(['2023', '2024', '2025']);
      const cell = (row: string, column: string) => data.coverage.cells.find((c: any) => c.row === row && c.column === column)?.initiativeIds;
      expect(cell('partner-type:region', 'year:2023')).toEqual(['initiative:klimaplan', 'initiative:sundhedshus']);
      expect(cell('partner-type:company', 'year:2024')).toEqual(['initiative:fritidsjob']);
      expect(cell('partner-type:association', 'year:2023')).toBeUndefined();
      expect(data.coverage.total).toBe(3);
    });

    it('when crossing COMMITTEE × THEME, then only the decided initiative counts', async () => {
      const { data } = await run(query, { r: 'COMMITTEE', c: 'THEME' });
      expect(data.coverage.cells.map((c: any) => [c.row, c.column, c.initiativeIds])).toEqual([
        ['committee:kommunalbestyrelsen', 'theme:staerke-byer', ['initiative:klimaplan']],
        ['committee:kommunalbestyrelsen', 'theme:voksevaerk-i-erhvervslivet', ['initiative:klimaplan']],
      ]);
      expect(data.coverage.total).toBe(1);
    });

    // By hand: klimaplan region+company × 2023; fritidsjob company+association × 2024; sundhedshus region × 2023, 2025.
    it('when only counts are asked, then one read of the matrix the load stored answers them, with no initiative read', async () => {
      const names: string[] = [];
      const stop = database().onQuery((name) => names.push(name));
      let result;
      try {
        result = await run('{ coverage(rows: PARTNER_TYPE, columns: YEAR) { total rows { value } columns { label } cells { row column count } } }');
      } finally {
        stop();
      }
      expect(result.errors).toBeUndefined();
      expect(names).toEqual(['analysis/coverage-matrix']);
      expect(result.data.coverage).toEqual({
        total: 3,
        rows: [{ value: 'partner-type:association' }, { value: 'partner-type:company' }, { value: 'partner-type:region' }],
        columns: [{ label: '2023' }, { label: '2024' }, { label: '2025' }],
        cells: [
          { row: 'partner-type:association', column: 'year:2024', count: 1 },
          { row: 'partner-type:company', column: 'year:2023', count: 1 },
          { row: 'partner-type:company', column: 'year:2024', count: 1 },
          { row: 'partner-type:region', column: 'year:2023', count: 2 },
          { row: 'partner-type:region', column: 'year:2025', count: 1 },
        ],
      });
    });

    it('when ids are asked in two matrices, then one statement per matrix reads the ids of all its cells', async () => {
      const names: string[] = [];
      const stop = database().onQuery((name) => names.push(name));
      try {
        const { errors } = await run('{ a: coverage(rows: THEME, columns: TOWN) { cells { initiativeIds } } b: coverage(rows: TOWN, columns: YEAR) { cells { initiativeIds } } }');
        expect(errors).toBeUndefined();
      } finally {
        stop();
      }
      expect(names.sort()).toEqual(['analysis/coverage-cell', 'analysis/coverage-cell', 'analysis/coverage-matrix', 'analysis/coverage-matrix']);
    });

    // By hand (as above): region × 2023 holds klimaplan and sundhedshus, in that report order.
    it('when a cell\'s ids are paged, then the pages follow report order and add up to the cell', async () => {
      const cells = `cells { row column count
        all: initiativeIds first: initiativeIds(first: 1) second: initiativeIds(first: 1, offset: 1) past: initiativeIds(offset: 2) }`;
      const { data, errors } = await run(`{ coverage(rows: PARTNER_TYPE, columns: YEAR) { ${cells} } }`);
      expect(errors).toBeUndefined();
      const cell = data.coverage.cells.find((c: any) => c.row === 'partner-type:region' && c.column === 'year:2023');
      expect(cell).toEqual({
        row: 'partner-type:region', column: 'year:2023', count: 2,
        all: ['initiative:klimaplan', 'initiative:sundhedshus'], first: ['initiative:klimaplan'], second: ['initiative:sundhedshus'], past: [],
      });
      for (const c of data.coverage.cells) expect([...c.first, ...c.second]).toEqual(c.all.slice(0, 2));
    });

    it.each([
      ['first: 0', 'first'],
      ['first: 101', 'first'],
      ['offset: -1', 'offset'],
    ])('when a cell\'s ids are asked with %s, then the error is BAD_USER_INPUT naming the argument', async (args, argument) => {
      const { errors } = await run(`{ coverage(rows: THEME, columns: TOWN) { cells { initiativeIds(${args}) } } }`);
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    });

    it('when the graph holds no stored matrices (loaded by an older version), then coverage counts on request, with the same answer', async () => {
      const ask = () => run(query, { r: 'COMMITTEE', c: 'TOWN_TOUCHED' });
      const stored = await ask();
      await database().write((tx) => tx.runText('MATCH (m:CoverageMatrix) DETACH DELETE m'));
      try {
        const names: string[] = [];
        const stop = database().onQuery((name) => names.push(name));
        const counted = await ask().finally(stop);
        expect(counted).toEqual(stored);
        expect(names).toEqual(['analysis/coverage-matrix', 'analysis/coverage', 'analysis/coverage-cell']);
      } finally {
        await database().write((tx) => storeCoverage(tx));
      }
    });

    it('when rows equal columns, then the error is BAD_USER_INPUT', async () => {
      const { errors } = await run(query, { r: 'TOWN', c: 'TOWN' });
      expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('timeline', () => {
    const query = `query($from: Int, $to: Int) { timeline(from: $from, to: $to) {
      year events { initiative { id } event evidence { page quote basis } } results { id value unit } } }`;

    it('then every year with an event or a dated result appears, ascending', async () => {
      const { data, errors } = await run(query);
      expect(errors).toBeUndefined();
      expect(data.timeline.map((y: any) => y.year)).toEqual([2023, 2024, 2025, 2030]);
      const [y2023, y2024, , y2030] = data.timeline;
      expect(y2023.events).toEqual([
        { initiative: { id: 'initiative:klimaplan' }, event: 'Klimaplanen vedtaget', evidence: { page: 31, quote: 'i 2023 vedtog', basis: 'STATED' } },
        { initiative: { id: 'initiative:sundhedshus' }, event: 'Idéen opstår', evidence: { page: 52, quote: 'i 2023 begyndte', basis: 'STATED' } },
      ]);
      expect(y2023.results).toEqual([]);
      expect(y2024.events.map((e: any) => e.initiative.id)).toEqual(['initiative:fritidsjob']);
      expect(y2024.results).toEqual([{ id: 'result:fritidsjob-1', value: 66, unit: 'fritidsjob' }]);
      expect(y2030).toEqual({ year: 2030, events: [], results: [{ id: 'result:klimaplan-1', value: 50, unit: '%' }] });
    });

    it('when bounded, then only years within from..to (inclusive) appear', async () => {
      const { data } = await run(query, { from: 2024, to: 2025 });
      expect(data.timeline.map((y: any) => y.year)).toEqual([2024, 2025]);
      expect((await run(query, { from: 2025 })).data.timeline.map((y: any) => y.year)).toEqual([2025, 2030]);
    });

    it('when from > to, then the error is BAD_USER_INPUT', async () => {
      const { errors } = await run(query, { from: 2025, to: 2023 });
      expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('trace', () => {
    const query = `query($theme: ID, $initiative: ID) { trace(themeId: $theme, initiativeId: $initiative) {
      strategy { id name }
      themes { theme { id } evidence { quote basis }
        initiatives { initiative { id } evidence { quote basis rationale } results { node { id value unit } evidence { quote } } } } } }`;

    it('when tracing a theme, then every supporting initiative appears with its SUPPORTS basis and results', async () => {
      const { data, errors } = await run(query, { theme: 'rettidig-velfaerd' });
      expect(errors).toBeUndefined();
      expect(data.trace.strategy).toEqual({ id: 'strategy:fremtidens-legeplads', name: 'Fremtidens Legeplads' });
      expect(data.trace.themes).toEqual([
        {
          theme: { id: 'theme:rettidig-velfaerd' },
          evidence: { quote: 'Rettidig Velfærd', basis: 'STATED' },
          initiatives: [
            {
              initiative: { id: 'initiative:fritidsjob' },
              evidence: { quote: 'unge i job', basis: 'INFERRED', rationale: 'Tidlig indsats for unge.' },
              results: [{ node: { id: 'result:fritidsjob-1', value: 66, unit: 'fritidsjob' }, evidence: { quote: '66 fritidsjob' } }],
            },
            {
              initiative: { id: 'initiative:sundhedshus' },
              evidence: { quote: 'hjælp i tide', basis: 'INFERRED', rationale: 'Nær sundhed er rettidig velfærd.' },
              results: [],
            },
          ],
        },
      ]);
    });

    it('when tracing an initiative, then only its themes appear, each with only that initiative', async () => {
      const { data } = await run(query, { initiative: 'initiative:klimaplan' });
      expect(data.trace.themes.map((t: any) => [t.theme.id, t.initiatives.map((i: any) => [i.initiative.id, i.evidence.basis])])).toEqual([
        ['theme:staerke-byer', [['initiative:klimaplan', 'STATED']]],
        ['theme:voksevaerk-i-erhvervslivet', [['initiative:klimaplan', 'INFERRED']]],
      ]);
      expect(data.trace.themes[0].initiatives[0].results.map((r: any) => r.node.id)).toEqual(['result:klimaplan-1']);
    });

    it('when both or neither id is given, then the error is BAD_USER_INPUT', async () => {
      expect((await run(query, {})).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect((await run(query, { theme: 'staerke-byer', initiative: 'klimaplan' })).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it('when the id is unknown or of another kind, then the error is NOT_FOUND', async () => {
      expect((await run(query, { theme: 'nope' })).errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect((await run(query, { initiative: 'nope' })).errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect((await run(query, { theme: 'initiative:klimaplan' })).errors?.[0].extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('bridges', () => {
    const query = `query($first: Int) { bridges(first: $first) { node { __typename id } themes towns initiatives betweenness score } }`;

    it('then entities rank by themes + towns + betweenness on the partner path dgi–fritidsjob–kirkbi–klimaplan–region–sundhedshus', async () => {
      const { data, errors } = await run(query);
      expect(errors).toBeUndefined();
      const rows = data.bridges.map((b: any) => ({ ...b, betweenness: Math.round(b.betweenness * 1e6) / 1e6, score: Math.round(b.score * 1e6) / 1e6 }));
      expect(rows).toEqual([
        { node: { __typename: 'Partner', id: 'organisation:kirkbi' }, themes: 3, towns: 2, initiatives: 2, betweenness: 0.6, score: 5.6 },
        { node: { __typename: 'Partner', id: 'organisation:region-syddanmark' }, themes: 3, towns: 2, initiatives: 2, betweenness: 0.4, score: 5.4 },
        { node: { __typename: 'Town', id: 'town:grindsted' }, themes: 3, towns: 2, initiatives: 2, betweenness: 0, score: 5 },
        { node: { __typename: 'Committee', id: 'committee:kommunalbestyrelsen' }, themes: 2, towns: 1, initiatives: 1, betweenness: 0, score: 3 },
        { node: { __typename: 'Partner', id: 'organisation:dgi' }, themes: 1, towns: 2, initiatives: 1, betweenness: 0, score: 3 },
        { node: { __typename: 'Town', id: 'town:billund' }, themes: 1, towns: 2, initiatives: 1, betweenness: 0, score: 3 },
        { node: { __typename: 'Unit', id: 'unit:jobcentret' }, themes: 1, towns: 2, initiatives: 1, betweenness: 0, score: 3 },
        { node: { __typename: 'Town', id: 'town:soender-omme' }, themes: 1, towns: 1, initiatives: 1, betweenness: 0, score: 2 },
      ]);
    });

    it('when first is given, then the list is cut; outside 1–100 it is BAD_USER_INPUT', async () => {
      expect((await run(query, { first: 2 })).data.bridges.map((b: any) => b.node.id)).toEqual(['organisation:kirkbi', 'organisation:region-syddanmark']);
      expect((await run(query, { first: 0 })).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect((await run(query, { first: 101 })).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });
});
