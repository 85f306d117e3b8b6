import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../src/db/embedded/ports';
import { projectRoot } from '../../src/paths';
import { alive } from './process-alive';

export interface ServiceProcess {
  child: ChildProcessWithoutNullStreams;
  port: number;
  url: string;
  /** The pid of the embedded JVM the service started (from its banner). */
  javaPid: number;
  exited: Promise<{ code: number | null; at: number }>;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** Its JSON log lines so far (pino, one object a line). */
  logLines(): Array<Record<string, any>>;
  /** SIGKILLs the service and every JVM pid given (only pids this test saw it start). */
  kill(javaPids: number[]): void;
}

/**
 * Starts `node dist/src/main.js` (build first) with its own embedded Neo4j on free ports and the
 * given data folder; resolves when it is serving.
 */
export async function startServiceProcess(dataDir: string, env: Record<string, string> = {}): Promise<ServiceProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(projectRoot, 'dist/src/main.js')], {
    env: {
      ...process.env,
      NEO4J_URI: '',
      PORT: String(port),
      NEO4J_BOLT_PORT: String(await freePort()),
      NEO4J_DATA_DIR: dataDir,
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '32m',
      SEED_ON_START: 'false',
      LOG_LEVEL: 'silent',
      ...env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const javaPid = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const pid = /\(pid (\d+)\)/.exec(output);
      if (pid && output.includes('Press Ctrl-C')) resolve(Number(pid[1]));
    });
    child.once('exit', (code) => reject(new Error(`the service exited with ${code} before serving:\n${output}`)));
  });
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.once('exit', (code) => resolve({ code, at: Date.now() })));
  const logLines = () =>
    output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as Record<string, any>];
        } catch {
          return [];
        }
      });
  const kill = (javaPids: number[]) => {
    if (child.exitCode === null) child.kill('SIGKILL');
    for (const pid of javaPids) if (alive(pid)) process.kill(pid, 'SIGKILL');
  };
  return { child, port, url: `http://127.0.0.1:${port}`, javaPid, exited, output: () => output, logLines, kill };
}
