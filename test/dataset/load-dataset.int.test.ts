import type { Database } from '../../src/db/database';
import { loadGraph } from '../../src/dataset/load-dataset';
import { DatasetError, readRawDataset } from '../../src/dataset/read-dataset';
import { seedDatabase, seedFingerprint } from '../../src/dataset/seed-dataset';
import { SourceText } from '../../src/dataset/source-text';
import { toGraph, type GraphData } from '../../src/dataset/to-graph';
import { validateDataset } from '../../src/dataset/validate-dataset';
import { dumpGraph } from '../support/graph-dump';
import { AnalysisRepository } from '../../src/graph/analysis/analysis.repository';
import { buildCoverage, Dimension, type CoverageCountsData } from '../../src/graph/analysis/coverage';
import { SeedCopy } from '../support/seed-copy';
import { cleanTestDatabase } from '../support/test-database';

const source = SourceText.load();
const GRINDSTED = 'initiatives/006-grindstedforureningen.yaml';
const KLIMAPLAN = 'initiatives/040-klimaplan.yaml';

/** The graph that a dataset folder should become, computed without Neo4j. */
function expectedGraph(root?: string): GraphData {
  const report = validateDataset(readRawDataset(root), source);
  if (report.problems.length > 0 || !report.dataset) throw new DatasetError(report.problems);
  return toGraph(report.dataset);
}

async function scalar(database: Database, text: string, params: Record<string, unknown> = {}): Promise<unknown> {
  const [row] = await database.write((tx) => tx.runText(text, params));
  return row ? Object.values(row)[0] : undefined;
}

describe('seedDatabase / loadGraph (real Neo4j)', () => {
  let database: Database;
  let seed: SeedCopy;

  beforeAll(async () => {
    database = await cleanTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });
  beforeEach(async () => {
    await database.write((tx) => tx.runText('MATCH (n) DETACH DELETE n'));
    seed = new SeedCopy();
  });
  afterEach(() => seed.dispose());

  it('when the committed seed/ is loaded, then the graph holds 100 initiatives and exactly the nodes and relationships of toGraph', async () => {
    const expected = expectedGraph();
    const countBy = <T>(items: T[], by: (item: T) => string) =>
      Object.fromEntries(
        [...items.reduce((m, item) => m.set(by(item), (m.get(by(item)) ?? 0) + 1), new Map<string, number>())].sort(),
      );

    const summary = await seedDatabase(database);

    expect(await scalar(database, 'MATCH (i:Initiative) RETURN count(i) AS n')).toBe(100);
    expect(summary).toMatchObject({ nodes: expected.nodes.length, relationships: expected.relationships.length });
    expect(await scalar(database, 'MATCH (n:Entity) RETURN count(n) AS n')).toBe(expected.nodes.length);
    expect(await scalar(database, 'MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n')).toBe(expected.relationships.length);
    const labelRows = await database.write((tx) =>
      tx.runText(
        `MATCH (n:Entity) UNWIND [l IN labels(n) WHERE NOT l IN ['Entity', 'Partner']] AS label
         RETURN label, count(*) AS n ORDER BY label`,
      ),
    );
    expect(Object.fromEntries(labelRows.map((r) => [r.label, r.n]))).toEqual(countBy(expected.nodes, (n) => n.label));
    const typeRows = await database.write((tx) => tx.runText('MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, count(*) AS n ORDER BY type'));
    expect(Object.fromEntries(typeRows.map((r) => [r.type, r.n]))).toEqual(countBy(expected.relationships, (r) => r.type));
    const keys = await database.write((tx) => tx.runText('MATCH (n:Entity) RETURN n.key AS key'));
    expect(keys.map((r) => r.key).sort()).toEqual(expected.nodes.map((n) => n.key).sort());
  });

  it('when the same dataset is loaded twice, then nodes, relationships, properties and elementIds are unchanged', async () => {
    const first = await seedDatabase(database);
    const before = await dumpGraph(database, ['loadedAt']);
    // the dataset's nodes and the :Dataset record; the report's sources (Document, Passage, Evidence)
    // and the coverage matrices derived from the graph (one per ordered pair of 6 dimensions) come beside them
    const sourceLabels = new Set(['Document', 'Passage', 'Evidence', 'CoverageMatrix']);
    const entities = before.nodes.filter((node) => !node.labels.some((label) => sourceLabels.has(label)));
    expect(entities).toHaveLength(first.nodes + 1);
    expect(first.coverageMatrices).toBe(30);
    expect(before.nodes.filter((node) => node.labels.includes('CoverageMatrix'))).toHaveLength(30);
    expect(before.nodes.length).toBeGreaterThan(entities.length);
    const isSource = (key: unknown) => /^(document|passage|evidence):/.test(String(key));
    expect(before.relationships.filter((rel) => !isSource(rel.from) && !isSource(rel.to))).toHaveLength(first.relationships);

    const second = await seedDatabase(database);
    const after = await dumpGraph(database, ['loadedAt']);

    expect(second).toMatchObject({ deletedNodes: 0, deletedRelationships: 0, partners: first.partners, fingerprint: first.fingerprint });
    expect(after.nodes).toHaveLength(before.nodes.length);
    expect(after.relationships).toHaveLength(before.relationships.length);
    expect(after).toEqual(before);
  });

  it('when seed/ is loaded, then the fingerprint it records is the one /ready expects of seed/', async () => {
    const summary = await seedDatabase(database);

    expect(await scalar(database, "MATCH (d:Dataset {id: 'current'}) RETURN d.fingerprint AS f")).toBe(summary.fingerprint);
    expect(seedFingerprint()).toBe(summary.fingerprint);
  });

  it('when the load is split into transactions of 100 items, then the graph is the same as from one transaction', async () => {
    const graph = expectedGraph();
    const content = async () => {
      const dump = await dumpGraph(database, ['loadedAt']);
      // coverage matrices have neither key nor id: their dimension pair names them
      const name = ({ props }: { props: Record<string, unknown> }) => String(props.key ?? props.id ?? `${String(props.rows)}×${String(props.columns)}`);
      const byKey = (a: { props: Record<string, unknown> }, b: { props: Record<string, unknown> }) => name(a).localeCompare(name(b));
      return {
        nodes: dump.nodes.map(({ labels, props }) => ({ labels: [...labels].sort(), props })).sort(byKey),
        relationships: dump.relationships.map(({ type, props }) => ({ type, props })).sort(byKey),
      };
    };
    const whole = await loadGraph(database, graph);
    const expected = await content();
    await database.write((tx) => tx.runText('MATCH (n) DETACH DELETE n'));

    const split = await loadGraph(database, graph, { transactionSize: 100 });

    expect(split).toMatchObject({ nodes: whole.nodes, relationships: whole.relationships, partners: whole.partners, fingerprint: whole.fingerprint });
    expect(await content()).toEqual(expected);
  });

  it('when a partner link and a result are removed from the dataset, then reloading removes them and the organisation stops being a :Partner', async () => {
    await seedDatabase(database);
    const partnerOf = 'MATCH (i:Initiative {id: $initiative})-[r:WITH_PARTNER]->(o:Organisation {id: $organisation}) RETURN count(r) AS n';
    const params = { initiative: 'grindstedforureningen', organisation: 'region-syddanmark' };
    expect(await scalar(database, partnerOf, params)).toBe(1);
    expect(await scalar(database, "MATCH (o:Organisation:Partner {id: 'region-syddanmark'}) RETURN count(o) AS n")).toBe(1);
    expect(await scalar(database, "MATCH (r:Result {id: 'grindstedforureningen-2'}) RETURN count(r) AS n")).toBe(1);
    const regionBefore = Number(await scalar(database, `MATCH (i:Initiative)-[:WITH_PARTNER]->(:Organisation {type: 'region'}), (i)-[:IN_TOWN]->(:Town {id: 'grindsted'})
      RETURN count(DISTINCT i) AS n`));
    expect(regionBefore).toBeGreaterThan(0);
    seed.edit(GRINDSTED, (d) => {
      expect(d.partners.map((p: { id: string }) => p.id)).toEqual(['region-syddanmark']);
      expect(d.results).toHaveLength(2);
      delete d.partners;
      d.results.pop();
    });

    const summary = await seedDatabase(database, seed.root);

    expect(summary).toMatchObject({ deletedNodes: 1, deletedRelationships: 1 });
    expect(await scalar(database, partnerOf, params)).toBe(0);
    expect(await scalar(database, "MATCH (r:Result {id: 'grindstedforureningen-2'}) RETURN count(r) AS n")).toBe(0);
    expect(await scalar(database, "MATCH (:Initiative {id: 'grindstedforureningen'})-[:ACHIEVED]->(r:Result) RETURN collect(r.id) AS ids")).toEqual([
      'grindstedforureningen-1',
    ]);
    const labels = await scalar(database, "MATCH (o:Organisation {id: 'region-syddanmark'}) RETURN labels(o) AS labels");
    expect(labels).toEqual(expect.arrayContaining(['Organisation', 'Entity']));
    expect(labels).not.toContain('Partner');
    expect(await scalar(database, 'MATCH (:Initiative)-[r]->(:Entity) WHERE r.key IS NULL RETURN count(r) AS n')).toBe(0);
    // the coverage stored by the load follows the change: Region Syddanmark's partner type lost this initiative
    const analysis = new AnalysisRepository(database);
    const regionInGrindsted = (matrix: CoverageCountsData | null) =>
      matrix?.cells.find((cell) => cell.row === 'partner-type:region' && cell.column === 'town:grindsted')?.count ?? 0;
    expect(regionInGrindsted(await analysis.storedCoverage(Dimension.PARTNER_TYPE, Dimension.TOWN))).toBe(regionBefore - 1);
    for (const rows of Object.values(Dimension)) {
      for (const columns of Object.values(Dimension).filter((other) => other !== rows)) {
        const fresh = buildCoverage(await analysis.coverage([rows, columns]), rows, columns);
        expect(await analysis.storedCoverage(rows, columns)).toEqual({ ...fresh, cells: fresh.cells.map(({ row, column, count }) => ({ row, column, count })) });
      }
    }
  });

  it.each([
    [
      'a quote that is not in the source',
      (d: any) => {
        d.towns = [{ id: 'grindsted', quote: 'en sætning der ikke står i rapporten' }];
      },
      /quote not found in the source/,
    ],
    [
      'a dangling reference',
      (d: any) => {
        d.partners = [{ id: 'ukendt-firma', quote: 'Klimaplan' }];
      },
      /no organisation with id "ukendt-firma"/,
    ],
  ])('when the dataset has %s, then it is refused with a DatasetError naming the file and the graph is unchanged', async (_case, change, message) => {
    await seedDatabase(database);
    const before = await dumpGraph(database);
    seed.edit(KLIMAPLAN, change);

    const error = await seedDatabase(database, seed.root).then(
      () => undefined,
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).problems).toContainEqual(expect.objectContaining({ file: KLIMAPLAN, entry: 'klimaplan', message: expect.stringMatching(message) }));
    expect((error as DatasetError).message).toContain(KLIMAPLAN);
    expect(await dumpGraph(database)).toEqual(before);
  });

  it('when a load fails inside the transaction after nodes were already written, then the previous graph is intact', async () => {
    await seedDatabase(database);
    const before = await dumpGraph(database);
    seed.edit(GRINDSTED, (d) => {
      delete d.partners;
      d.results.pop();
    });
    const changed = expectedGraph(seed.root);
    const grindsted = changed.nodes.find((n) => n.key === 'initiative:grindstedforureningen')!;
    grindsted.props = { ...grindsted.props, title: 'Grindstedforureningen (ændret)' };
    const [valid] = changed.relationships;
    // Neo4j refuses a map as a property value; placed last, it fails after the nodes, the stale
    // deletions and the first batch of relationships have run in the same transaction.
    const broken = {
      ...changed,
      relationships: [...changed.relationships, { ...valid, key: 'broken', props: { key: 'broken', nested: { not: 'allowed' } } as never }],
    };
    expect(broken.relationships.length).toBeGreaterThan(500);

    await expect(loadGraph(database, broken)).rejects.toThrow(/propert/i);

    expect(await dumpGraph(database)).toEqual(before);
    expect(await scalar(database, "MATCH (i:Initiative {id: 'grindstedforureningen'}) RETURN i.title AS title")).toBe('Grindstedforureningen');
  });
});
