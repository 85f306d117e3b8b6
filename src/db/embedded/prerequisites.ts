import { spawnSync } from 'node:child_process';
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

export function checkMaven(): void {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new EmbeddedNeo4jError(
      'Maven ("mvn") was not found; it builds the embedded Neo4j launcher on first start. ' +
        'Install it (e.g. apt-get install maven) or set NEO4J_URI to use an external Neo4j.',
    );
  }
}
