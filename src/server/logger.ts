import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config';

export type { Logger };

/**
 * Structured JSON logs (one object a line) for requests and errors, so that a log system can
 * search by requestId and code. Error objects are serialised with their stack; clients never see it.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'fremtidens-legeplads-graph' } };
  return destination ? pino(options, destination) : pino(options);
}

/** A logger that drops everything (tests that do not look at logs). */
export const silentLogger = (): Logger => pino({ level: 'silent' });
