import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Database } from '../src/db/database';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/db/embedded/embedded-neo4j';
import { freePort } from '../src/db/embedded/ports';
import { applySchema } from '../src/db/schema';
import { loadGraph } from '../src/dataset/load-dataset';
import type { GraphData } from '../src/dataset/to-graph';
import { luceneQuery } from '../src/graph/search/lucene-query';
import { CATALOGUE, SEARCH_TEXT, type Question } from './catalogue';
import { CONTENDERS, startContender, type Contender, type ContenderName } from './contenders/contender';
import type { DatasetSpec } from './datasets/datasets';
import { measure, warmUp, type LoadSettings } from './load';
import { cpuMsOf, memoryOf } from './process-memory';
import { profilePlans } from './profile';
import { waitForIdleNeo4j } from './neo4j-idle';
import { requestFor, send, type HttpRequest } from './requests';
import type { DatasetResult, QuestionResult } from './results';

export interface RunOptions extends LoadSettings {
  /** Use this Neo4j instead of starting an embedded one (its graph is replaced by the dataset). */
  neo4jUri?: string;
  heap: string;
  pageCache: string;
  /** Sequential requests per question and contender that count the Cypher statements. */
  probes: number;
  /** A question whose first answer takes longer than this (ms) is not put under load on that contender. */
  slowAnswerMs: number;
  /** PROFILE the main Cypher of this many slowest questions (by our p50). */
  profileHottest: number;
  log: (line: string) => void;
}

export const SEED_TRANSACTION_SIZE = 5_000;

// What to stop if the harness is interrupted in the middle of a dataset (Ctrl-C).
let stopCurrent: (() => Promise<void>) | undefined;

/** Stops the contenders and the Neo4j of the dataset being run, if any. */
export async function stopRunning(): Promise<void> {
  await stopCurrent?.();
}

/** One dataset end to end: Neo4j, seed, contenders, probes, load, memory, plans; then stops it all. */
export async function runDataset(spec: DatasetSpec, graph: GraphData, buildMs: number, options: RunOptions): Promise<DatasetResult> {
  const log = options.log;
  const startedAt = new Date().toISOString();
  const loadAverageBefore = os.loadavg();
  const coldStart = Date.now();
  let embedded: EmbeddedNeo4j | undefined;
  let dataDir: string | undefined;
  let neo4jStartMs: number | null = null;
  const contenders: Contender[] = [];
  const stopAll = async () => {
    stopCurrent = undefined;
    for (const contender of contenders.splice(0)) await contender.stop();
    await embedded?.stop();
    embedded = undefined;
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  stopCurrent = stopAll;
  try {
    let uri = options.neo4jUri;
    if (!uri) {
      dataDir = mkdtempSync(path.join(os.tmpdir(), `legeplads-bench-${spec.name}-`));
      embedded = await startEmbeddedNeo4j({
        boltPort: await freePort(),
        dataDir,
        heap: options.heap,
        pageCache: options.pageCache,
        startTimeoutMs: 300_000,
        log: () => undefined,
      });
      uri = embedded.uri;
      neo4jStartMs = Date.now() - coldStart;
      log(`  Neo4j up in ${(neo4jStartMs / 1000).toFixed(1)} s at ${uri}`);
    }
    const database = new Database({ uri, queryTimeoutMs: 600_000 });
    let schemaMs: number;
    let seedMs: number;
    try {
      const schemaStart = Date.now();
      await applySchema(database);
      schemaMs = Date.now() - schemaStart;
      log(`  loading ${graph.nodes.length} nodes and ${graph.relationships.length} relationships through loadGraph...`);
      // The real graph loads as `npm run seed` does, in one transaction; the synthetic ones commit
      // every SEED_TRANSACTION_SIZE items (see LoadOptions), or ×1000 would crawl.
      const summary = await loadGraph(database, graph, spec.factor > 1 ? { transactionSize: SEED_TRANSACTION_SIZE } : {});
      seedMs = summary.ms;
      log(`  seed loaded in ${(seedMs / 1000).toFixed(1)} s`);
    } finally {
      await database.close();
    }
    const contenderReadyMs: Partial<Record<ContenderName, number>> = {};
    let coldStartMs = 0;
    for (const name of CONTENDERS) {
      const contender = await startContender(name, uri);
      contenders.push(contender);
      contenderReadyMs[name] = contender.readyMs;
      if (name === 'ours') coldStartMs = Date.now() - coldStart;
    }
    log(`  contenders ready: ${contenders.map((c) => `${c.name} ${(c.readyMs / 1000).toFixed(1)} s`).join(', ')}`);

    const luceneText = luceneQuery(SEARCH_TEXT) ?? SEARCH_TEXT;
    // Every request of the catalogue warms up before anything is measured: Neo4j compiles and
    // JIT-warms a query the first time anyone sends it, and the same Cypher serves ours and the floor.
    if (options.warmup > 0) log(`  warming up every question on every contender (${options.warmup} s each)...`);
    for (const question of CATALOGUE) {
      for (const contender of contenders) {
        const request = requestFor(contender.name, question, spec.params, luceneText);
        if (request) await warmUp(contender.port, request, options);
      }
    }
    const questions: QuestionResult[] = [];
    for (const [index, question] of CATALOGUE.entries()) {
      // Who goes first gets Neo4j's JVM cold for that query: rotate, so that no contender always pays it.
      const order = contenders.map((_, offset) => contenders[(index + offset) % contenders.length]);
      const { waitedMs, idle } = await waitForIdleNeo4j(uri);
      if (waitedMs > 500 || !idle) log(`  waited ${(waitedMs / 1000).toFixed(1)} s for Neo4j to finish abandoned requests${idle ? '' : ' (still busy; measuring anyway)'}`);
      questions.push(await runQuestion(question, spec, order, luceneText, options, embedded?.pid));
    }

    const memory: DatasetResult['memory'] = {};
    for (const contender of contenders) memory[contender.name] = memoryOf(contender.pid);
    if (embedded) memory.neo4j = memoryOf(embedded.pid);

    // Slowest first; a question too slow to put under load (no p50) is the hottest of all.
    const heat = (result: QuestionResult) => {
      const ours = result.contenders.ours;
      return !ours || ours.requests === 0 || !(ours.p50 > 0) ? Infinity : ours.p50;
    };
    const hottest = [...questions]
      .sort((a, b) => heat(b) - heat(a) || a.id.localeCompare(b.id))
      .slice(0, options.profileHottest)
      .map((result) => CATALOGUE.find((question) => question.id === result.id) as Question);
    const profiles = await profilePlans(
      uri,
      hottest.map((question) => ({ question, variables: question.ours.variables(spec.params) })),
    );

    return {
      dataset: spec.name,
      factor: spec.factor,
      startedAt,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        loadAverageBefore,
        loadAverageAfter: os.loadavg(),
      },
      settings: { duration: options.duration, warmup: options.warmup, connections: options.connections, neo4jHeap: options.heap, neo4jPageCache: options.pageCache },
      graph: { nodes: graph.nodes.length, relationships: graph.relationships.length, buildMs },
      timings: { neo4jStartMs, schemaMs, seedMs, contenderReadyMs, coldStartMs },
      memory,
      questions,
      profiles,
    };
  } finally {
    await stopAll();
  }
}

async function runQuestion(
  question: Question,
  spec: DatasetSpec,
  contenders: Contender[],
  luceneText: string,
  options: RunOptions,
  neo4jPid: number | undefined,
): Promise<QuestionResult> {
  const peer = question.peer?.(spec.params, luceneText);
  const result: QuestionResult = {
    id: question.id,
    title: question.title,
    levels: question.levels,
    sameAsFloor: false,
    peerVia: peer?.via,
    peerNote: peer?.note,
    peerMissing: question.peerMissing,
    contenders: {},
  };
  const answers: Partial<Record<ContenderName, unknown>> = {};
  for (const contender of contenders) {
    const request = requestFor(contender.name, question, spec.params, luceneText);
    if (!request) continue;
    const probe = await probeContender(contender, request, options.probes, options.slowAnswerMs);
    answers[contender.name] = probe.answer;
    if (probe.tooSlow) {
      // Load would only queue requests Neo4j keeps running after the client gave up, and spoil
      // every measurement after this one.
      result.contenders[contender.name] = {
        requestsPerSecond: 0, p50: NaN, p99: NaN, requests: 0, errors: 0,
        queriesPerRequest: probe.queriesPerRequest, answerBytes: probe.bytes, cpuMsPerRequest: null, neo4jCpuMsPerRequest: null,
        probeErrors: probe.errors,
      };
      options.log(`  ${question.id.padEnd(18)} ${contender.name.padEnd(5)} not loaded: ${probe.errors.join('; ')}`);
      continue;
    }
    const cpu = cpuMeter([contender.pid, neo4jPid]);
    const load = await measure(contender.port, request, options, cpu);
    const [cpuMs, neo4jCpuMs] = cpu.used();
    const perRequest = (ms: number | null) => (ms === null || load.requests === 0 ? null : ms / load.requests);
    result.contenders[contender.name] = {
      ...load,
      queriesPerRequest: probe.queriesPerRequest,
      answerBytes: probe.bytes,
      cpuMsPerRequest: perRequest(cpuMs),
      neo4jCpuMsPerRequest: perRequest(neo4jCpuMs),
      probeErrors: probe.errors,
    };
    options.log(
      `  ${question.id.padEnd(18)} ${contender.name.padEnd(5)} ${load.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${String(load.p50).padStart(5)} ms  ` +
        `p99 ${String(load.p99).padStart(5)} ms  ${probe.queriesPerRequest} queries/request  ` +
        `cpu ${perRequest(cpuMs)?.toFixed(2) ?? '–'} ms/request (Neo4j ${perRequest(neo4jCpuMs)?.toFixed(2) ?? '–'})  errors ${load.errors + probe.errors.length}`,
    );
  }
  result.sameAsFloor = answers.ours !== undefined && isDeepStrictEqual(answers.ours, answers.floor);
  return result;
}

/** CPU time used by each process between before() and after(); null for a process we cannot see. */
function cpuMeter(pids: (number | undefined)[]) {
  let start: (number | null)[] = [];
  let end: (number | null)[] = [];
  const read = () => pids.map((pid) => (pid === undefined ? null : cpuMsOf(pid)));
  return {
    before: () => (start = read()),
    after: () => (end = read()),
    used: () => end.map((value, index) => (value === null || start[index] === null ? null : value - start[index])),
  };
}

/** Sequential requests, so that the statements the contender sent in between belong to them alone. */
async function probeContender(contender: Contender, request: HttpRequest, probes: number, slowAnswerMs: number) {
  const errors: string[] = [];
  let answer: unknown;
  let bytes = 0;
  // First use compiles and fills plan caches; after a warm-up, abandoned requests may still be
  // running in Neo4j. So a slow first answer gets a second chance before the question is skipped.
  for (let attempt = 1; ; attempt += 1) {
    const started = Date.now();
    try {
      await send(contender.port, request, slowAnswerMs);
    } catch {
      errors.push(`no answer within ${slowAnswerMs / 1000} s`);
      return { answer: null, bytes, errors, queriesPerRequest: NaN, tooSlow: true };
    }
    const took = Date.now() - started;
    if (took <= slowAnswerMs / 2) break;
    if (attempt === 2) {
      errors.push(`an answer took ${(took / 1000).toFixed(1)} s`);
      return { answer: null, bytes, errors, queriesPerRequest: NaN, tooSlow: true };
    }
  }
  const before = await contender.queries();
  for (let i = 0; i < probes; i += 1) {
    const response = await send(contender.port, request);
    bytes = response.bytes;
    answer = response.json?.data ?? null;
    if (response.status !== 200) errors.push(`HTTP ${response.status}`);
    for (const error of response.json?.errors ?? []) errors.push(String(error.message));
    if (answer === null) errors.push('no data');
  }
  const queriesPerRequest = ((await contender.queries()) - before) / probes;
  return { answer, bytes, errors: [...new Set(errors)], queriesPerRequest, tooSlow: false };
}
