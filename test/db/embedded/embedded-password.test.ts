import { mkdtempSync, readFileSync, rmSync, statSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { embeddedPassword, PASSWORD_FILE } from '../../../src/db/embedded/embedded-password';

describe('embeddedPassword', () => {
  const dirs: string[] = [];
  const dir = () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'legeplads-password-'));
    dirs.push(d);
    return d;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('when the data folder has none, then it generates a long random password in a file only its owner may read (0600)', () => {
    const dataDir = dir();
    const { password, file } = embeddedPassword(dataDir);
    expect(file).toBe(path.join(dataDir, PASSWORD_FILE));
    expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(readFileSync(file, 'utf8').trim()).toBe(password);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(embeddedPassword(dir()).password).not.toBe(password);
  });

  it('when the file exists, then the same password is used again, and a file others could read is made private', () => {
    const dataDir = dir();
    const first = embeddedPassword(dataDir);
    chmodSync(first.file, 0o644);
    expect(embeddedPassword(dataDir).password).toBe(first.password);
    expect(statSync(first.file).mode & 0o777).toBe(0o600);
  });
});
