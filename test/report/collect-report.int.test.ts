import type { Database } from '../../src/db/database';
import { readRawDataset } from '../../src/dataset/read-dataset';
import { seedDatabase } from '../../src/dataset/seed-dataset';
import { SourceText } from '../../src/dataset/source-text';
import { NODE_LABELS, RELATIONSHIP_TYPES, toGraph } from '../../src/dataset/to-graph';
import { validateDataset } from '../../src/dataset/validate-dataset';
import { collectReport } from '../../src/report/collect-report';
import { renderDataReport, type ReportData } from '../../src/report/data-report';
import { cleanTestDatabase } from '../support/test-database';

const dataset = validateDataset(readRawDataset(), SourceText.load()).dataset!;
const initiatives = dataset.initiatives.map((located) => located.entry);

describe('collectReport', () => {
  let database: Database;
  let report: ReportData;
  const queries: string[] = [];

  /** Initiative numbers that the graph itself links with `type` (checked apart from the report's queries). */
  const numbersWith = async (type: string): Promise<number[]> => {
    const rows = await database.write((tx) =>
      tx.runText(`MATCH (i:Initiative) WHERE EXISTS { (i)-[r]->() WHERE type(r) = $type } RETURN i.number AS number ORDER BY number`, { type }),
    );
    return rows.map((row) => Number(row.number));
  };

  beforeAll(async () => {
    database = await cleanTestDatabase();
    await seedDatabase(database);
    database.onQuery((name) => queries.push(name));
    report = await collectReport(database);
  });
  afterAll(() => database.close());

  it('when the real dataset is loaded, then it counts 100 initiatives and every label as toGraph made them', () => {
    const graph = toGraph(dataset);
    const count = (label: string) => report.labels.find((row) => row.label === label)?.count;
    expect(count('Initiative')).toBe(100);
    for (const label of NODE_LABELS) expect(count(label)).toBe(graph.nodes.filter((node) => node.label === label).length);
    expect(count('Entity')).toBe(graph.nodes.length);
    expect(count('Partner')).toBe(report.partners.length);
    expect(report.load).toEqual(expect.objectContaining({ nodes: graph.nodes.length, relationships: graph.relationships.length }));
  });

  it('when relationships are counted, then each type matches toGraph and stated + inferred add up', () => {
    const graph = toGraph(dataset);
    expect(report.relationships.map((row) => row.type)).toEqual([...RELATIONSHIP_TYPES]);
    for (const row of report.relationships) {
      expect(row.count).toBe(graph.relationships.filter((rel) => rel.type === row.type).length);
      expect(row.stated + row.inferred).toBe(row.count);
    }
  });

  it('when initiatives have no town, then each listed one really has no IN_TOWN and none is left out', async () => {
    const listed = report.withoutTown.map((row) => row.number);
    const withTown = await numbersWith('IN_TOWN');
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((number) => withTown.includes(number))).toEqual([]);
    expect(listed.length + withTown.length).toBe(100);
    expect(listed).toEqual(initiatives.filter((i) => (i.towns ?? []).length === 0).map((i) => i.number).sort((a, b) => a - b));
  });

  it('when initiatives have no partner, then the list matches the dataset and the explanation uses its units and mentions', async () => {
    const withPartner = await numbersWith('WITH_PARTNER');
    expect(report.withoutPartner.map((row) => row.number).filter((number) => withPartner.includes(number))).toEqual([]);
    const expected = initiatives.filter((i) => (i.partners ?? []).length === 0).sort((a, b) => a.number - b.number);
    expect(report.withoutPartner.map((row) => row.number)).toEqual(expected.map((i) => i.number));
    const klimaplan = report.withoutPartner.find((row) => row.number === 40);
    expect(klimaplan?.mentions).toEqual(expect.arrayContaining(['Bloomberg Philanthropies']));
  });

  it('when partners are ranked, then counts match the dataset and mentioned-only organisations are never partners', () => {
    const partnerCount = new Map<string, number>();
    for (const i of initiatives) for (const id of new Set((i.partners ?? []).map((p) => p.id))) partnerCount.set(id, (partnerCount.get(id) ?? 0) + 1);
    const byName = new Map(dataset.organisations.map(({ entry }) => [entry.name, entry]));
    for (const row of report.partners) {
      const organisation = byName.get(row.name)!;
      expect(row.initiatives).toBe(partnerCount.get(organisation.id));
      expect(row.type).toBe(organisation.type);
    }
    expect(report.partners.length).toBe(partnerCount.size);
    const counts = report.partners.map((row) => row.initiatives);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const row of report.notPartners) expect(partnerCount.has(byName.get(row.name)!.id)).toBe(false);
    expect(report.partners.length + report.notPartners.length).toBe(dataset.organisations.length);
  });

  it('when theme links, towns and years are collected, then they add up to the relationship counts', () => {
    const supports = report.relationships.find((row) => row.type === 'SUPPORTS')!;
    expect(report.themes.reduce((n, row) => n + row.stated, 0)).toBe(supports.stated);
    expect(report.themes.reduce((n, row) => n + row.inferred, 0)).toBe(supports.inferred);
    expect(report.inferredThemes).toHaveLength(supports.inferred);
    expect(report.inferredThemes.every((row) => row.rationale)).toBe(true);
    const inTown = report.relationships.find((row) => row.type === 'IN_TOWN')!;
    expect(report.towns.reduce((n, row) => n + row.initiatives, 0)).toBe(inTown.count);
    const inYear = report.relationships.find((row) => row.type === 'IN_YEAR')!;
    expect(report.years.reduce((n, row) => n + row.events, 0)).toBe(inYear.count);
  });

  it('when collected, then only report queries ran and the rows render to Markdown', () => {
    expect(queries.length).toBeGreaterThan(0);
    expect(queries.every((name) => name.startsWith('report/'))).toBe(true);
    const markdown = renderDataReport(report);
    expect(markdown).toContain('| `Initiative` | 100 |');
    expect(markdown).toContain(`${report.withoutTown.length} of 100 initiatives have no \`IN_TOWN\` link`);
  });
});
