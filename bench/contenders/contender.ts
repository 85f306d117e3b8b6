import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { ChildMessage } from './child-protocol';

export type ContenderName = 'ours' | 'floor' | 'peer';
export const CONTENDERS: ContenderName[] = ['ours', 'floor', 'peer'];

/** A contender process as the harness sees it: where to send requests, and how to ask it things. */
export interface Contender {
  name: ContenderName;
  pid: number;
  port: number;
  readyMs: number;
  /** Cypher statements the process has sent so far. */
  queries(): Promise<number>;
  stop(): Promise<void>;
}

/** Forks bench/contenders/<name>.js (compiled) against the given Neo4j and waits until it listens. */
export async function startContender(name: ContenderName, neo4jUri: string): Promise<Contender> {
  const started = Date.now();
  const child = fork(path.join(__dirname, `${name}.js`), [], {
    env: { ...process.env, BENCH_NEO4J_URI: neo4jUri, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 120 s`)), 120_000);
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        resolve(message.port);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} before it was ready`));
    });
  });
  child.removeAllListeners('exit');
  return { name, pid: child.pid ?? -1, port, readyMs: Date.now() - started, queries: () => askQueries(child), stop: () => stop(child) };
}

function askQueries(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const listener = (message: ChildMessage) => {
      if (message.type !== 'stats') return;
      child.off('message', listener);
      resolve(message.queries);
    };
    child.on('message', listener);
    child.send({ type: 'stats' });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.send({ type: 'stop' });
  });
}
