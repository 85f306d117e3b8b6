import {
  NO_TOWN_EXPLANATION,
  explainNoPartner,
  explainNoTown,
  renderDataReport,
  table,
  type ReportData,
} from '../../src/report/data-report';

/** A small hand-made report: what the queries of cypher/report/ would return for a tiny graph. */
function data(overrides: Partial<ReportData> = {}): ReportData {
  return {
    load: { fingerprint: 'abc123', loadedAt: '2025-01-02T03:04:05Z', nodes: 12, relationships: 9 },
    labels: [
      { label: 'Initiative', count: 4 },
      { label: 'Town', count: 2 },
      { label: 'Organisation', count: 3 },
      { label: 'Partner', count: 2 },
      { label: 'Year', count: 0 },
    ],
    relationships: [
      { type: 'SUPPORTS', count: 5, stated: 2, inferred: 3 },
      { type: 'IN_TOWN', count: 2, stated: 2, inferred: 0 },
      { type: 'ACHIEVED', count: 0, stated: 0, inferred: 0 },
    ],
    withoutTown: [
      { number: 9, title: 'Klimaplan', units: [], committees: ['Kommunalbestyrelsen'], titleTowns: [] },
      { number: 2, title: 'Headspace Billund', units: ['Jobcentret'], committees: [], titleTowns: ['Billund'] },
    ],
    withoutPartner: [
      { number: 3, title: 'Digital balance', units: ['Jobcentret'], mentions: ['Sundhedsstyrelsen'] },
      { number: 1, title: 'Stærk økonomi', units: [], mentions: [] },
    ],
    partners: [
      { name: 'Vejen Kommune', type: 'municipality', initiatives: 1, numbers: [11] },
      { name: 'KIRKBI', type: 'company', initiatives: 2, numbers: [3, 95] },
      { name: 'FGU Trekanten', type: 'education', initiatives: 2, numbers: [10, 69] },
    ],
    notPartners: [
      { name: 'Sundhedsstyrelsen', type: 'state_agency', initiatives: 1, numbers: [3] },
      { name: 'Glemt Forening', type: null, initiatives: 0, numbers: [] },
    ],
    themes: [
      { theme: 'Stærke Byer', stated: 2, inferred: 1 },
      { theme: 'Rettidig Velfærd', stated: 0, inferred: 2 },
    ],
    inferredThemes: [{ number: 4, title: 'Trafik', theme: 'Stærke Byer', rationale: 'Veje i byerne | trafik' }],
    towns: [
      { name: 'Vorbasse', initiatives: 0 },
      { name: 'Grindsted', initiatives: 2 },
    ],
    years: [
      { year: 2024, initiatives: 2, events: 3 },
      { year: 2022, initiatives: 1, events: 1 },
    ],
    ...overrides,
  };
}

/** The lines of one "## " section of the report, heading excluded. */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`no section "${heading}"`);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((line) => line.trim() !== '');
}

describe('renderDataReport', () => {
  const markdown = renderDataReport(data());

  it('when rows are given, then every section is rendered in order', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Summary',
      '## Nodes per label',
      '## Relationships per type',
      '## Initiatives without a town',
      '## Initiatives without a partner',
      '## Partners by number of initiatives',
      '## Organisations only mentioned',
      '## Theme links: stated and inferred',
      '## Towns by number of initiatives',
      '## Years by number of initiatives',
    ]);
    expect(markdown.endsWith('\n')).toBe(true);
    expect(markdown).toContain('Load: dataset fingerprint `abc123`, loaded 2025-01-02T03:04:05Z, 12 nodes, 9 relationships.');
  });

  it('when counting labels and types, then zero counts are shown and relationships are totalled', () => {
    expect(section(markdown, 'Nodes per label')).toContain('| `Year` | 0 |');
    expect(section(markdown, 'Relationships per type')).toEqual(
      expect.arrayContaining(['| `ACHIEVED` | 0 | 0 | 0 |', '| `SUPPORTS` | 5 | 2 | 3 |', '| **Total** | **7** | **4** | **3** |']),
    );
  });

  it('when initiatives have no town, then they are listed by number with an explanation and a title note', () => {
    const rows = section(markdown, 'Initiatives without a town').filter((line) => /^\| \d/.test(line));
    expect(rows).toEqual([
      `| 2 | Headspace Billund | ${NO_TOWN_EXPLANATION}; note: the title contains the town name “Billund” | run by: Jobcentret |`,
      `| 9 | Klimaplan | ${NO_TOWN_EXPLANATION} | committees: Kommunalbestyrelsen |`,
    ]);
    expect(section(markdown, 'Initiatives without a town')[0]).toMatch(/^2 of 4 initiatives have no `IN_TOWN` link/);
  });

  it('when initiatives have no partner, then the explanation lists what the graph does link them to', () => {
    const rows = section(markdown, 'Initiatives without a partner').filter((line) => /^\| \d/.test(line));
    expect(rows).toEqual([
      '| 1 | Stærk økonomi | no external organisation named |',
      '| 3 | Digital balance | run by: Jobcentret; mentions: Sundhedsstyrelsen |',
    ]);
  });

  it('when partners are ranked, then most initiatives come first, ties by name share a place', () => {
    const rows = section(markdown, 'Partners by number of initiatives').filter((line) => /^\| \d/.test(line));
    expect(rows).toEqual([
      '| 1 | FGU Trekanten | education | 2 | 10, 69 |',
      '| 1 | KIRKBI | company | 2 | 3, 95 |',
      '| 3 | Vejen Kommune | municipality | 1 | 11 |',
    ]);
  });

  it('when an organisation is only mentioned or not linked at all, then it is listed apart from partners', () => {
    const lines = section(markdown, 'Organisations only mentioned');
    expect(lines).toContain('| Sundhedsstyrelsen | state_agency | 1 | 3 |');
    expect(lines).toContain('Organisations with no initiative link at all: Glemt Forening (unknown).');
    expect(section(markdown, 'Summary')).toContain('- 3 partner organisations; 1 organisations only mentioned; 1 with no initiative link');
  });

  it('when theme links are stated or inferred, then both are counted per theme and in total', () => {
    const lines = section(markdown, 'Theme links: stated and inferred');
    expect(lines).toEqual(
      expect.arrayContaining([
        '| Stærke Byer | 2 | 1 | 3 | 33 % |',
        '| Rettidig Velfærd | 0 | 2 | 2 | 100 % |',
        '| **Total** | **2** | **3** | **5** | **60 %** |',
        '| 4 | Trafik | Stærke Byer | Veje i byerne \\| trafik |',
      ]),
    );
    expect(section(markdown, 'Summary')).toContain('- theme links: 2 stated, 3 inferred');
  });

  it('when towns and years are listed, then towns go by count and years by year', () => {
    expect(section(markdown, 'Towns by number of initiatives').slice(2)).toEqual(['| Grindsted | 2 |', '| Vorbasse | 0 |']);
    expect(section(markdown, 'Years by number of initiatives').slice(3)).toEqual(['| 2022 | 1 | 1 |', '| 2024 | 2 | 3 |']);
  });

  it('when the graph is empty, then the report still renders without tables of missing rows', () => {
    const empty = renderDataReport(
      data({ load: null, labels: [], withoutTown: [], withoutPartner: [], partners: [], notPartners: [], themes: [], inferredThemes: [], towns: [], years: [] }),
    );
    expect(empty).toContain('no load record');
    expect(section(empty, 'Summary')).toContain('- 0 initiatives without a town (–)');
    expect(section(empty, 'Partners by number of initiatives')).toEqual(['No organisation is a partner of any initiative.']);
  });

  it('when asked for the generation time, then it is printed; otherwise the output depends on the rows only', () => {
    expect(renderDataReport(data(), { generatedAt: '2025-06-01T00:00:00Z' })).toContain('Generated 2025-06-01T00:00:00Z.');
    expect(renderDataReport(data())).toBe(markdown);
  });
});

describe('explanations and tables', () => {
  it('when an initiative has units but no mentions, then both facts are given', () => {
    expect(explainNoPartner({ units: ['Jobcentret', 'Voksenområdet'], mentions: [] })).toBe(
      'run by: Jobcentret, Voksenområdet; no external organisation named',
    );
  });

  it('when an initiative only mentions organisations, then no unit part is given', () => {
    expect(explainNoPartner({ units: [], mentions: ['Ankestyrelsen'] })).toBe('mentions: Ankestyrelsen');
  });

  it('when the title names no town, then the generic explanation is used', () => {
    expect(explainNoTown({ titleTowns: [] })).toBe(NO_TOWN_EXPLANATION);
  });

  it('when a cell holds a pipe or a line break, then it is escaped and kept on one line', () => {
    expect(table(['A', 'B'], [['x | y', 'one\ntwo']], ['left', 'right'])).toBe('| A | B |\n|---|---:|\n| x \\| y | one two |');
  });
});
