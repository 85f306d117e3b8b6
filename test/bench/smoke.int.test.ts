import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CATALOGUE } from '../../bench/catalogue';
import type { DatasetResult } from '../../bench/results';
import { projectRoot } from '../../src/paths';

// `npm run bench -- --smoke` against the suite's Neo4j: the real graph, every contender, every
// question for a second. Timings are not asserted (they belong to bench/README.md); what is
// asserted is that the harness measures what it claims to.
describe('bench smoke run', () => {
  const cli = path.join(projectRoot, 'dist', 'bench', 'cli.js');
  let out: string;
  let result: DatasetResult;

  beforeAll(() => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: npm test builds it (npm run build) before jest runs`);
    out = mkdtempSync(path.join(os.tmpdir(), 'legeplads-bench-smoke-'));
    const run = spawnSync(process.execPath, [cli, '--smoke', '--neo4j-uri', String(process.env.TEST_NEO4J_URI), '--out', out], {
      encoding: 'utf8',
      timeout: 110_000,
    });
    if (run.status !== 0) throw new Error(`bench --smoke failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
    const file = readdirSync(out).find((name) => name.endsWith('-real.json'));
    result = JSON.parse(readFileSync(path.join(out, String(file)), 'utf8')) as DatasetResult;
  }, 120_000);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('when run, then every question of the catalogue is answered by ours and the floor without errors', () => {
    expect(result.questions.map((question) => question.id)).toEqual(CATALOGUE.map((question) => question.id));
    for (const question of result.questions) {
      for (const name of ['ours', 'floor'] as const) {
        const figures = question.contenders[name];
        expect({ question: question.id, name, probeErrors: figures?.probeErrors, errors: figures?.errors }).toEqual({ question: question.id, name, probeErrors: [], errors: 0 });
        expect(figures?.requests).toBeGreaterThan(0);
      }
    }
  });

  it('when the peer can express a question, then it answers it without errors; otherwise the result says why not', () => {
    for (const question of CATALOGUE) {
      const measured = result.questions.find((candidate) => candidate.id === question.id);
      if (question.peer) {
        expect({ question: question.id, probeErrors: measured?.contenders.peer?.probeErrors, errors: measured?.contenders.peer?.errors }).toEqual({ question: question.id, probeErrors: [], errors: 0 });
      } else {
        expect(measured?.contenders.peer).toBeUndefined();
        expect(measured?.peerMissing).toEqual(expect.any(String));
      }
    }
  });

  it('when ours and the floor answer, then the answers are the same JSON and cost the same Cypher statements', () => {
    for (const question of result.questions) {
      expect({ question: question.id, same: question.sameAsFloor }).toEqual({ question: question.id, same: true });
      expect(question.contenders.ours?.queriesPerRequest).toBe(question.contenders.floor?.queriesPerRequest);
      expect(question.contenders.ours?.queriesPerRequest).toBeGreaterThanOrEqual(1);
    }
  });

  it('when done, then it reports seed time, memory per process and PROFILE plans that use an index', () => {
    expect(result.timings.seedMs).toBeGreaterThan(0);
    for (const name of ['ours', 'floor', 'peer'] as const) expect(result.memory[name]?.rssMiB).toBeGreaterThan(0);
    expect(result.profiles).toHaveLength(2);
    for (const plan of result.profiles) expect(plan.indexOperators.length).toBeGreaterThan(0);
    expect(readFileSync(path.join(out, readdirSync(out).find((name) => name.endsWith('.md')) as string), 'utf8')).toContain(CATALOGUE[0].title);
  });
});
