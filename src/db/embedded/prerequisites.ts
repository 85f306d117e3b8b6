import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export class EmbeddedNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedNeo4jError';
  }
}

/** The java binary to use: $JAVA_HOME/bin/java when JAVA_HOME is set, else java on PATH. */
export function javaBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Parses the major version from `java -version` output ("17.0.15", "1.8.0_392", "21"). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/**
 * Neo4j 5.26 runs on Java 17 and 21 only; anything else fails deep inside the DBMS with an
 * obscure message, so it is refused here with one that says what to do.
 */
export function checkJava(java = javaBinary()): number {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new EmbeddedNeo4jError(
      `Java was not found ("${java}"). Install a JDK 17 or 21 (e.g. apt-get install openjdk-17-jdk-headless), ` +
        'or set NEO4J_URI to use an external Neo4j.',
    );
  }
  const major = parseJavaMajor(`${result.stderr}${result.stdout}`);
  if (major === undefined) throw new EmbeddedNeo4jError(`Could not read the Java version from "${java} -version".`);
  if (major !== 17 && major !== 21) {
    throw new EmbeddedNeo4jError(
      `Java ${major} found at "${java}", but Neo4j 5.26 needs Java 17 or 21. ` +
        'Point JAVA_HOME at a JDK 17 or 21, or set NEO4J_URI to use an external Neo4j.',
    );
  }
  return major;
}

/** A way to run Maven in neo4j-local/: a command, the arguments before Maven's own, and what it is. */
export interface MavenCommand {
  command: string;
  args: string[];
  /** Named in progress lines and errors ("the Maven Wrapper", "mvn on the PATH"). */
  label: string;
}

/** Whether an executable file `name` is in one of the PATH's folders (no shell, nothing run). */
export function onPath(name: string, env: NodeJS.ProcessEnv = process.env, platform = process.platform): boolean {
  const extensions = platform === 'win32' ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';')] : [''];
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const extension of extensions) {
      try {
        accessSync(path.join(dir, name + extension), constants.X_OK);
        return true;
      } catch {
        // not in this folder
      }
    }
  }
  return false;
}

/**
 * The Maven Wrapper (neo4j-local/mvnw) first: it runs the Maven version the project pins
 * (.mvn/wrapper/maven-wrapper.properties), fetched once from Maven Central into ~/.m2/wrapper,
 * so a JDK is the only prerequisite and every machine builds with the same Maven (a distribution's
 * older mvn can be too old for the pinned plugins, which need 3.6.3+). The first build downloads
 * Neo4j from Maven Central anyway, so the wrapper's download adds no new requirement. Its POSIX
 * script fetches with curl or wget; without either, an installed `mvn` is used instead.
 */
export function mavenCommand(
  dir: string,
  platform: NodeJS.Platform = process.platform,
  has: (name: string) => boolean = (name) => onPath(name, process.env, platform),
): MavenCommand {
  // mvnw.cmd downloads with PowerShell, which every supported Windows has; .cmd files need cmd.exe.
  if (platform === 'win32') {
    return { command: 'cmd.exe', args: ['/d', '/c', path.join(dir, 'mvnw.cmd')], label: 'the Maven Wrapper' };
  }
  // Run through sh, so the script works even where a zip download lost its executable bit.
  if (has('curl') || has('wget')) return { command: 'sh', args: [path.join(dir, 'mvnw')], label: 'the Maven Wrapper' };
  if (has('mvn')) return { command: 'mvn', args: [], label: 'mvn on the PATH (no curl or wget for the Maven Wrapper)' };
  throw new EmbeddedNeo4jError(
    'Cannot build the embedded Neo4j launcher: the Maven Wrapper (neo4j-local/mvnw) needs curl or wget to ' +
      'download Maven, and no mvn is on the PATH. Install curl (e.g. apt-get install curl) or Maven, ' +
      'or set NEO4J_URI to use an external Neo4j.',
  );
}
