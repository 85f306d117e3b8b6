import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { countQueries } from './query-counter';
import { cypher } from '../../src/db/cypher-files';
import { decodeStoredMatrix } from '../../src/graph/analysis/stored-coverage';
import { toDimensionValue } from '../../src/graph/analysis/analysis.types';
import { searchGraph } from '../../src/graph/search/search.service';
import type { SearchRepository } from '../../src/graph/search/search.repository';
import { toCypherParams } from '../../src/db/plain';
import { CATALOGUE } from '../catalogue';
import { boltUri, serveHarness } from './child-protocol';

// Contender 2, the floor: the same cypher/ files our resolvers run, with the same parameters, sent
// straight through neo4j-driver from a bare node:http handler, answering with the JSON our GraphQL
// response has. What is left between it and us is the GraphQL layer (parsing, validation,
// resolvers, DataLoader) and our row conversion. Pure helpers (coverage counting, search ranking)
// are shared with the service on purpose: they are the same work, not GraphQL overhead.

type Row = Record<string, any>;
type Handler = (variables: Row) => Promise<unknown>;

const int = (value: number) => neo4j.int(value);
const label = (props: Row) => String(props.title ?? props.name ?? props.text ?? props.key);
const evidence = (rel: Row) => ({ page: rel.page, quote: rel.quote, basis: rel.basis === 'INFERRED' ? 'INFERRED' : 'STATED' });

function handlers(driver: Driver): Record<string, Handler> {
  const read = async (name: string, params: Row = {}): Promise<Row[]> => {
    const result = await driver.executeQuery(cypher(name), params, {
      routing: neo4j.routing.READ,
      transactionConfig: { timeout: 30_000 },
    });
    return result.records.map((record) => record.toObject());
  };
  // The catalogue names the main Cypher file of each question and its parameters, as our resolver passes them.
  const primary = (id: string, variables: Row) => {
    const question = CATALOGUE.find((candidate) => candidate.id === id);
    if (!question) throw new Error(`No question ${id}`);
    return read(question.primary.file, toCypherParams(question.primary.params(variables)) as Row);
  };
  const namedEdge = (row: Row) => ({ node: { id: row.target.key, name: row.target.name }, evidence: evidence(row.rel) });

  return {
    'town-initiatives': async ({ town }) => {
      const [row] = await primary('town-initiatives', { town });
      const page: Row[] = row.page;
      // the links came with the page (the same statement as ours); one list per field
      const links = (entry: Row, type: string) => (entry.links as Row[]).filter((link) => link.type === type).map(namedEdge);
      return {
        initiativesPage: {
          totalCount: row.total,
          edges: page.map((entry) => ({
            node: { id: entry.target.key, title: entry.target.title, partners: links(entry, 'WITH_PARTNER'), themes: links(entry, 'SUPPORTS') },
          })),
        },
      };
    },
    'partners-spanning': async ({ min }) => {
      const [row] = await primary('partners-spanning', { min });
      return {
        partners: {
          totalCount: row.total,
          edges: (row.page as Row[]).map((entry) => ({
            node: {
              partner: { id: entry.partner.target.key, name: entry.partner.target.name, type: String(entry.partner.target.type).toUpperCase() },
              initiativeCount: entry.initiativeCount,
              initiatives: (entry.initiatives as Row[]).map((link) => ({ node: { id: link.target.key, title: link.target.title }, evidence: evidence(link.rel) })),
            },
          })),
        },
      };
    },
    connection: async ({ from, to, maxHops }) => {
      // the statement says whether each end exists, as ours reads it
      const [page] = await primary('connection', { from, to, maxHops });
      if (!page.fromFound || !page.toFound) throw new Error('No node with one of the ids');
      return {
        connection: (page.paths as Row[]).map((path) => ({
          length: path.edges.length,
          nodes: (path.nodes as Row[]).map((node) => ({ id: node.target.key, label: label(node.target) })),
          edges: (path.edges as Row[]).map((edge) => ({ id: edge.rel.key, type: edge.type, from: edge.from, to: edge.to, evidence: evidence(edge.rel) })),
        })),
      };
    },
    neighbourhood: async ({ id, depth }) => {
      const [row] = await primary('neighbourhood', { id, depth });
      return {
        neighborhood: {
          truncated: row.truncated,
          nodes: [row.start, ...row.nodes].map((node: Row) => ({ id: node.target.key, label: label(node.target) })),
          edges: (row.edges as Row[]).map((edge) => ({ id: edge.rel.key, type: edge.type, from: edge.from, to: edge.to })),
        },
      };
    },
    coverage: async () => {
      // the stored matrix, decoded as ours decodes it (already in the API's order)
      const coverage = decodeStoredMatrix(await primary('coverage', {}))!;
      // the API's row and column objects carry their own id beside the value (as the resolver maps them)
      const asked = (value: { id: string; label: string }) => {
        const { id, label } = toDimensionValue(value);
        return { id, label };
      };
      return { coverage: { ...coverage, rows: coverage.rows.map(asked), columns: coverage.columns.map(asked) } };
    },
    search: async ({ text }) => {
      const repository = {
        nodes: (query: string, labels: string[] | null, limit: number) => read('search/nodes', { query, labels, limit: int(limit) }),
        evidence: (query: string, labels: string[] | null, limit: number) => read('search/evidence', { query, labels, limit: int(limit) }),
        // the same alias expansion as ours: an entity's name and its aliases
        spellings: async (query: string) => (await read('search/spellings', { query })).map((row) => [row.name as string, ...(row.aliases as string[])]),
      } as unknown as SearchRepository;
      const hits = await searchGraph(repository, text, null, 20);
      return { search: hits.map((hit) => ({ node: { id: hit.node.id, label: hit.node.label }, score: hit.score, field: hit.field, snippet: hit.snippet })) };
    },
  };
}

function readJson(req: http.IncomingMessage): Promise<Row> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

async function main(): Promise<void> {
  const queries = countQueries();
  // Plain numbers from the driver: the floor does no Integer conversion of its own.
  const driver = neo4j.driver(boltUri(), undefined, { disableLosslessIntegers: true });
  await driver.verifyConnectivity();
  const routes = handlers(driver);
  const server = http.createServer((req, res) => {
    const handler = routes[(req.url ?? '/').slice(1)];
    const reply = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    if (!handler || req.method !== 'POST') return reply(404, { errors: [{ message: 'unknown question' }] });
    readJson(req)
      .then(handler)
      .then((data) => reply(200, { data }))
      .catch((error: unknown) => reply(200, { errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serveHarness((server.address() as AddressInfo).port, queries, async () => {
    server.close();
    await driver.close();
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
