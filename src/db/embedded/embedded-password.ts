import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The file in the data folder that holds the embedded Neo4j's generated password. */
export const PASSWORD_FILE = 'neo4j-password';

/**
 * The password of the embedded Neo4j's user neo4j, generated once (24 random bytes, base64url)
 * and kept in the data folder, readable by its owner only (0600), so that other users of a shared
 * machine cannot write to the graph over Bolt. The same file serves every later start; a file
 * that others may read is made private again.
 */
export function embeddedPassword(dataDir: string): { password: string; file: string } {
  const file = path.join(dataDir, PASSWORD_FILE);
  mkdirSync(dataDir, { recursive: true });
  try {
    const password = readFileSync(file, 'utf8').trim();
    if (password.length > 0) {
      if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
      return { password, file };
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const password = randomBytes(24).toString('base64url');
  // 'w' with mode 0600 creates it private; chmod covers an empty file left by an earlier crash.
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { password, file };
}
