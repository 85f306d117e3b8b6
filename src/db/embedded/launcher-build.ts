import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { launcherDir } from '../../paths';
import { EmbeddedNeo4jError, mavenCommand } from './prerequisites';

export const launcherJar = path.join(launcherDir, 'target', 'neo4j-local.jar');
const launcherLib = path.join(launcherDir, 'target', 'lib');

/** Built, and not older than its sources: a changed Launcher.java or pom.xml is rebuilt on the next start. */
export function launcherIsBuilt(): boolean {
  if (!existsSync(launcherJar) || !existsSync(launcherLib)) return false;
  const built = statSync(launcherJar).mtimeMs;
  return newestSource(path.join(launcherDir, 'src'), statSync(path.join(launcherDir, 'pom.xml')).mtimeMs) <= built;
}

function newestSource(dir: string, newest: number): number {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = entry.isDirectory() ? newestSource(full, newest) : Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Builds neo4j-local/ with Maven (see mavenCommand) when its jar is missing. The first build downloads Neo4j
 * (100+ MB) from Maven Central, so progress is printed instead of sitting silent for minutes.
 */
export async function ensureLauncherBuilt(log: (line: string) => void = console.log): Promise<string> {
  if (launcherIsBuilt()) return launcherJar;
  const maven = mavenCommand(launcherDir);
  log(`Building the embedded Neo4j launcher with ${maven.label} (the first build downloads Neo4j, ~120 MB)...`);
  const started = Date.now();
  const lines: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const mvn = spawn(maven.command, [...maven.args, '-B', '-q', 'package', '-DskipTests', '-Dmaven.artifact.threads=8'], {
      cwd: launcherDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(line);
      if (lines.length > 200) lines.splice(0, lines.length - 200);
    };
    mvn.stdout.on('data', collect);
    mvn.stderr.on('data', collect);
    const ticker = setInterval(() => log(`  ...still building (${Math.round((Date.now() - started) / 1000)} s)`), 15_000);
    mvn.on('error', (error) => {
      clearInterval(ticker);
      reject(new EmbeddedNeo4jError(`Could not run ${maven.label} ("${maven.command}"): ${error.message}`));
    });
    mvn.on('close', (exitCode) => {
      clearInterval(ticker);
      resolve(exitCode);
    });
  });
  if (code !== 0 || !launcherIsBuilt()) {
    throw new EmbeddedNeo4jError(
      `Building the Neo4j launcher failed (${maven.label} exit ${code}). Last lines:\n${lines.slice(-25).join('\n')}`,
    );
  }
  log(`Launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return launcherJar;
}
