import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  checkJava,
  EmbeddedNeo4jError,
  mavenCommand,
  onPath,
  parseJavaMajor,
} from '../../../src/db/embedded/prerequisites';

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "25.0.1" 2025-10-21', 25],
  ])('when java -version prints %s, then the major version is %d', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });

  it('when the output has no version, then it is undefined', () => {
    expect(parseJavaMajor('command not found')).toBeUndefined();
  });
});

describe('checkJava', () => {
  it('when the java binary does not exist, then the error says what to install', () => {
    expect(() => checkJava('/nonexistent/bin/java')).toThrow(EmbeddedNeo4jError);
    expect(() => checkJava('/nonexistent/bin/java')).toThrow(/Install a JDK 17 or 21/);
  });
});

describe('mavenCommand', () => {
  const dir = path.join('/repo', 'neo4j-local');
  const only = (...names: string[]) => (name: string) => names.includes(name);

  it('when curl is on the PATH, then the Maven Wrapper builds, run through sh', () => {
    expect(mavenCommand(dir, 'linux', only('curl', 'mvn'))).toEqual({
      command: 'sh',
      args: [path.join(dir, 'mvnw')],
      label: 'the Maven Wrapper',
    });
  });

  it('when only wget is there, then the Maven Wrapper still builds (it downloads with either)', () => {
    expect(mavenCommand(dir, 'linux', only('wget')).args).toEqual([path.join(dir, 'mvnw')]);
  });

  it('when neither curl nor wget is there but mvn is, then the installed mvn builds', () => {
    const maven = mavenCommand(dir, 'linux', only('mvn'));
    expect(maven.command).toBe('mvn');
    expect(maven.args).toEqual([]);
    expect(maven.label).toMatch(/no curl or wget/);
  });

  it('when none of them is there, then the error says what to install', () => {
    expect(() => mavenCommand(dir, 'linux', only())).toThrow(EmbeddedNeo4jError);
    expect(() => mavenCommand(dir, 'linux', only())).toThrow(/Install curl .* or Maven/);
  });

  it('on Windows, then mvnw.cmd runs through cmd.exe', () => {
    expect(mavenCommand(dir, 'win32', only()).command).toBe('cmd.exe');
    expect(mavenCommand(dir, 'win32', only()).args).toEqual(['/d', '/c', path.join(dir, 'mvnw.cmd')]);
  });
});

describe('onPath', () => {
  let bin: string;
  beforeAll(() => {
    bin = mkdtempSync(path.join(os.tmpdir(), 'on-path-'));
    writeFileSync(path.join(bin, 'tool'), '#!/bin/sh\n', { mode: 0o755 });
    writeFileSync(path.join(bin, 'plain-file'), '', { mode: 0o644 });
  });
  afterAll(() => rmSync(bin, { recursive: true, force: true }));

  it('when an executable of that name is in a PATH folder, then it is found', () => {
    expect(onPath('tool', { PATH: ['/nonexistent', bin].join(path.delimiter) }, 'linux')).toBe(true);
  });

  it('when the name is missing or not executable, then it is not found', () => {
    expect(onPath('absent', { PATH: bin }, 'linux')).toBe(false);
    expect(onPath('plain-file', { PATH: bin }, 'linux')).toBe(false);
    expect(onPath('tool', {}, 'linux')).toBe(false);
  });
});
