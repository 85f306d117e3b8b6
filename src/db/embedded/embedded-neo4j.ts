import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { startFailureCause } from './neo4j-log';
import { ensureLauncherBuilt } from './launcher-build';
import { portIsFree } from './ports';
import { checkJava, EmbeddedNeo4jError, javaBinary } from './prerequisites';

export interface EmbeddedOptions {
  boltPort: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  /** Turns Neo4j's auth on with this password for the user neo4j (see embedded-password.ts). */
  password?: string;
  log?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  /** Calls `listener` once if the JVM ends without `stop()` asking it to (killed, crashed). */
  onUnexpectedExit(listener: (code: number | null, signal: NodeJS.Signals | null) => void): void;
  stop(): Promise<void>;
}

// Neo4j 5 on Java 17 cannot start without these (it reaches into NIO internals); they mirror
// the stock neo4j.conf.
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
];

const READY = /^NEO4J_LOCAL_READY (\S+)/;

/**
 * Starts the launcher as a child process and resolves once Bolt answers. The child reads our
 * stdin pipe: if this process dies without cleaning up, the pipe closes and the JVM stops itself.
 */
export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? console.log;
  const java = javaBinary();
  checkJava(java);
  const jar = await ensureLauncherBuilt(log);
  if (!(await portIsFree(options.boltPort))) {
    throw new EmbeddedNeo4jError(
      `Port ${options.boltPort} on 127.0.0.1 is already in use (another Neo4j?). ` +
        'Stop it, or choose another port with NEO4J_BOLT_PORT.',
    );
  }
  mkdirSync(options.dataDir, { recursive: true });
  const args = [
    `-Xmx${options.heap}`,
    `-Xms${minHeap(options.heap)}`,
    ...JVM_FLAGS,
    '-jar',
    jar,
    '--port',
    String(options.boltPort),
    '--data',
    options.dataDir,
    '--pagecache',
    options.pageCache,
  ];
  // Its own process group: Ctrl-C in a terminal signals the whole foreground group, and the JVM
  // would then shut down while Node still drains requests. Node stops it after draining instead.
  // The password goes through the environment, not the command line that `ps` shows everyone.
  const env = { ...process.env, NEO4J_LOCAL_PASSWORD: options.password ?? '' };
  const child = spawn(java, args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true, env });
  const tail: string[] = [];
  const remember = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) tail.push(line);
    if (tail.length > 40) tail.splice(0, tail.length - 40);
  };
  child.stderr?.on('data', remember);

  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new EmbeddedNeo4jError(
          `Neo4j did not report ready within ${options.startTimeoutMs} ms. Last lines:\n${tail.join('\n')}`,
        ),
      );
    }, options.startTimeoutMs);
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      remember(chunk);
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const match = READY.exec(line.trim());
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      // The launcher's own lines say only that the database did not start; Neo4j's log says why.
      const cause = startFailureCause(options.dataDir);
      reject(
        new EmbeddedNeo4jError(
          `The Neo4j launcher exited early (code ${code}, signal ${signal}). Last lines:\n${tail.join('\n')}` +
            (cause ? `\nCause, from ${cause.file}:\n${cause.lines.join('\n')}` : ''),
        ),
      );
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new EmbeddedNeo4jError(`Could not start the Neo4j launcher: ${error.message}`));
    });
  });
  child.removeAllListeners('exit');
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let stopping = false;
  return {
    uri,
    pid: child.pid ?? -1,
    onUnexpectedExit: (listener) => {
      child.once('exit', (code, signal) => {
        if (!stopping) listener(code, signal);
      });
    },
    stop: async () => {
      stopping = true;
      process.removeListener('exit', killOnExit);
      await stopChild(child);
    },
  };
}

function minHeap(heap: string): string {
  // A small initial heap keeps idle memory low; it grows up to -Xmx when needed.
  return /g$/i.test(heap) || parseInt(heap, 10) >= 256 ? '128m' : heap;
}

/** SIGTERM runs the launcher's shutdown hook (clean store shutdown); SIGKILL only if it hangs. */
function stopChild(child: ChildProcess, graceMs = 30_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
