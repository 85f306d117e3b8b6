import { Writable } from 'node:stream';
import type { LogLevel } from '../../src/config';
import { createLogger } from '../../src/server/logger';

/** A logger whose JSON lines a test can read back as objects (`lines`), in the order written. */
export function logSink(level: LogLevel = 'info') {
  const lines: any[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger(level, stream) };
}
