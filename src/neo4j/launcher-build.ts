import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { LAUNCHER_DIR } from '../core/paths';

const JAR = path.join(LAUNCHER_DIR, 'target', 'neo4j-embedded-1.0.0.jar');
const LIB = path.join(LAUNCHER_DIR, 'target', 'lib');
const SOURCES = [
  path.join(LAUNCHER_DIR, 'pom.xml'),
  path.join(LAUNCHER_DIR, 'src/main/java/org/whitepaper/neo4j/Launcher.java'),
];

export class LauncherError extends Error {}

export function javaExecutable(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Fails early, with what to install, when no Java 17+ is on the machine. */
export function checkJava(java = javaExecutable()): void {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new LauncherError(
      `Java was not found (${java}). The embedded Neo4j needs Java 17 or newer: install a JDK ` +
        `(for example "apt-get install openjdk-17-jdk-headless" or Temurin 17), or set JAVA_HOME, ` +
        `or point NEO4J_URI at an existing Neo4j server.`,
    );
  }
  const match = /version "(\d+)/.exec(result.stderr);
  if (match && Number(match[1]) < 17) {
    throw new LauncherError(`Java ${match[1]} found; the embedded Neo4j needs Java 17 or newer.`);
  }
}

function isUpToDate(): boolean {
  if (!fs.existsSync(JAR) || !fs.existsSync(LIB)) return false;
  const built = fs.statSync(JAR).mtimeMs;
  return SOURCES.every((source) => fs.statSync(source).mtimeMs <= built);
}

/**
 * Builds the launcher with Maven unless the jar is newer than its sources, so only the first
 * start (or a change to the launcher) pays for the build. Returns the Java class path.
 */
export function ensureLauncherBuilt(log: (message: string) => void = () => {}): string {
  if (!isUpToDate()) {
    log('Building the embedded Neo4j launcher with Maven (first start only)…');
    const result = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], {
      cwd: LAUNCHER_DIR,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (result.error) {
      throw new LauncherError(
        'Maven (mvn) was not found. It builds the embedded Neo4j launcher once: install Maven 3 ' +
          '(for example "apt-get install maven"), or point NEO4J_URI at an existing Neo4j server.',
      );
    }
    if (result.status !== 0) {
      const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-20).join('\n');
      throw new LauncherError(`Building the embedded Neo4j launcher failed:\n${output}`);
    }
  }
  return `${JAR}${path.delimiter}${path.join(LIB, '*')}`;
}
