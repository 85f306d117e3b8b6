import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { seedDir } from '../../src/paths';

/** A throw-away copy of seed/ that a test may break on purpose. */
export class SeedCopy {
  readonly root = mkdtempSync(path.join(os.tmpdir(), 'legeplads-seed-'));

  constructor() {
    cpSync(seedDir, this.root, { recursive: true });
  }

  /** Parses a YAML file of the copy, lets `change` edit it, and writes it back. */
  edit(relative: string, change: (data: any) => void): void {
    const file = path.join(this.root, relative);
    const data = parse(readFileSync(file, 'utf8'));
    change(data);
    writeFileSync(file, stringify(data));
  }

  write(relative: string, text: string): void {
    writeFileSync(path.join(this.root, relative), text);
  }

  remove(relative: string): void {
    rmSync(path.join(this.root, relative));
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
