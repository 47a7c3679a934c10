import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { checkJava, ensureLauncherBuilt, javaExecutable, LauncherError } from './launcher-build';

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  heapMb: number;
  pageCacheMb: number;
  password: string;
  timeoutMs: number;
  log?: (message: string) => void;
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  /** Settles when the Java process ends, whether stopped, crashed or killed. */
  exited: Promise<ExitStatus>;
  stop(): Promise<void>;
}

const READY = /^NEO4J_READY (\S+)/m;

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new LauncherError(
              `Port ${port} on 127.0.0.1 is already taken, so the embedded Neo4j cannot open Bolt ` +
                `there. Stop what uses it, or choose another port with NEO4J_EMBEDDED_PORT.`,
            )
          : error,
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

function explainFailure(output: string, options: EmbeddedOptions): string {
  if (/FileLockException|locked by another process|Lock file has been locked/i.test(output)) {
    return (
      `The data folder ${options.dataDir} is locked by another Neo4j process. Stop that ` +
      `process (another "npm start" or test run?) or use another folder with NEO4J_DATA_DIR.`
    );
  }
  if (/Address already in use|BindException/i.test(output)) {
    return `Port ${options.port} is taken; choose another with NEO4J_EMBEDDED_PORT.`;
  }
  const tail = output.trim().split('\n').slice(-15).join('\n');
  return `The embedded Neo4j did not start:\n${tail}`;
}

/**
 * Starts Neo4j in a Java child process and resolves once Bolt is ready. The child's standard
 * input stays open as a lifeline: when this process dies in any way, the pipe closes and the
 * launcher shuts Neo4j down, so no orphan Java process is left.
 */
export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? (() => {});
  const java = javaExecutable();
  checkJava(java);
  const classPath = ensureLauncherBuilt(log);
  await assertPortFree(options.port);
  fs.mkdirSync(options.dataDir, { recursive: true });

  const child = spawn(
    java,
    [
      `-Xmx${options.heapMb}m`,
      `-Xms${Math.min(options.heapMb, 256)}m`,
      '-XX:+ExitOnOutOfMemoryError',
      '-cp',
      classPath,
      'org.whitepaper.neo4j.Launcher',
      '--data-dir',
      options.dataDir,
      '--port',
      String(options.port),
      '--page-cache-mb',
      String(options.pageCacheMb),
    ],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NEO4J_EMBEDDED_PASSWORD: options.password },
    },
  );
  const exited = new Promise<ExitStatus>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const uri = await waitForReady(child, options);
  log(`Embedded Neo4j ready at ${uri} (pid ${child.pid}, data in ${options.dataDir})`);
  return { uri, pid: child.pid ?? -1, exited, stop: () => stopChild(child) };
}

function waitForReady(child: ChildProcess, options: EmbeddedOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new LauncherError(
          `The embedded Neo4j was not ready after ${options.timeoutMs} ms. ` +
            `Raise NEO4J_START_TIMEOUT_MS on a slow machine. Output so far:\n${output.slice(-2000)}`,
        ),
      );
    }, options.timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stderr?.off('data', onData);
        // Keep draining so a full pipe never blocks the launcher.
        child.stdout?.resume();
        child.stderr?.resume();
        child.off('exit', onExit);
        resolve(match[1]);
      }
    };
    const onExit = () => {
      clearTimeout(timer);
      reject(new LauncherError(explainFailure(output, options)));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 30000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
