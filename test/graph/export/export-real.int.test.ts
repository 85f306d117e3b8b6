import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from '../../../src/db/database';
import { seedDatabase } from '../../../src/dataset/seed-dataset';
import type { LoadSummary } from '../../../src/dataset/load-dataset';
import { startTestApp } from '../../support/test-app';
import { cleanTestDatabase } from '../../support/test-database';
import type { RunningApp } from '../../../src/server/app';
import { createLogger } from '../../../src/server/logger';
import { elements, parseCsv, parseXml } from './parse-export';

// The whole real graph (seed/) exported in every format and read back: by this file's own parsers,
// and by networkx where python3 can import it (skipped with one line otherwise, in CI too: the
// service does not need Python; `pip install networkx` turns the check on).

const hasNetworkx = spawnSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;
if (!hasNetworkx) console.log('export-real: python3 with networkx not found; the networkx read-back is skipped (pip install networkx)');

jest.setTimeout(240_000); // a loaded 2-core machine: loading and exporting take minutes there, not seconds

describe('exports of the real graph', () => {
  let database: Database;
  let app: RunningApp;
  let loaded: LoadSummary;
  const bodies = new Map<string, string>();
  const get = async (file: string) => {
    const response = await fetch(`${app.url}/export/${file}`);
    expect(response.status).toBe(200);
    const body = await response.text();
    bodies.set(file, body);
    return body;
  };

  beforeAll(async () => {
    database = await cleanTestDatabase();
    loaded = await seedDatabase(database);
    // Warnings on: an export cut off after its first byte is logged, and this shows why.
    app = await startTestApp(database, false, {}, createLogger('warn'));
  });
  afterAll(async () => {
    await app?.stop();
    await database?.close();
  });

  it('GraphML and GEXF hold every node and relationship the loader wrote', async () => {
    for (const file of ['graph.graphml', 'graph.gexf']) {
      const document = parseXml(await get(file));
      expect([file, elements(document, 'node').length, elements(document, 'edge').length]).toEqual([file, loaded.nodes, loaded.relationships]);
    }
  });

  it('CSV, node-link JSON and JSON-LD hold the same counts, and every inferred link carries its rationale', async () => {
    expect(parseCsv(await get('nodes.csv'))).toHaveLength(1 + loaded.nodes);
    const links = parseCsv(await get('links.csv'));
    expect(links).toHaveLength(1 + loaded.relationships);
    const [header, ...rows] = links;
    const inferred = rows.filter((row) => row[header.indexOf('basis')] === 'INFERRED');
    expect(inferred.length).toBeGreaterThan(0);
    expect(inferred.every((row) => row[header.indexOf('rationale')] !== '')).toBe(true);
    const nodeLink = JSON.parse(await get('graph.node-link.json'));
    expect([nodeLink.nodes.length, nodeLink.edges.length]).toEqual([loaded.nodes, loaded.relationships]);
    expect(JSON.parse(await get('graph.jsonld'))['@graph']).toHaveLength(loaded.nodes + loaded.relationships);
  });

  (hasNetworkx ? it : it.skip)('networkx reads the GraphML, node-link and GEXF exports as the same directed multigraph', async () => {
    for (const file of ['graph.graphml', 'graph.node-link.json', 'graph.gexf']) if (!bodies.has(file)) await get(file);
    const dir = mkdtempSync(path.join(tmpdir(), 'legeplads-export-'));
    try {
      const files = ['graph.graphml', 'graph.node-link.json', 'graph.gexf'].map((file) => {
        writeFileSync(path.join(dir, file), bodies.get(file)!);
        return path.join(dir, file);
      });
      const run = spawnSync('python3', [path.join(__dirname, 'read_exports.py'), ...files], { encoding: 'utf8', timeout: 120_000 });
      expect(run.stderr).toBe('');
      const result = JSON.parse(run.stdout);
      for (const format of ['graphml', 'node_link', 'gexf']) {
        expect([format, result[format].type, result[format].nodes, result[format].edges]).toEqual([format, 'MultiDiGraph', loaded.nodes, loaded.relationships]);
      }
      expect(result.graphml.page_types).toEqual(['int']);
      expect(result.gexf.page_types).toEqual(['int']);
      expect(result.graphml.basis).toEqual(result.node_link.basis);
      expect(result.graphml.kinds).toEqual(result.gexf.kinds);
      expect(result.grindsted_degree).toBeGreaterThan(10);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
