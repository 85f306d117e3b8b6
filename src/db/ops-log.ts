/**
 * The structured log the database layer writes operator news to (a JVM that died, a restart);
 * the server's pino logger fits it, and db/ stays free of the server layer.
 */
export interface OpsLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/** For callers without a structured log (CLI tools): one readable line each. */
export function consoleOpsLog(write: (line: string) => void = console.error): OpsLog {
  const line = (level: string) => (fields: object, message: string) => write(`${level}: ${message} ${JSON.stringify(fields)}`);
  return { info: line('info'), warn: line('warn'), error: line('error') };
}
