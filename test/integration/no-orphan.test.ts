import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/core/paths';
import { freePort } from '../helpers/free-port';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return check();
}

it('stops the embedded Neo4j when the Node process that started it is killed with SIGKILL', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-orphan-'));
  const parent = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(PROJECT_ROOT, 'test/fixtures/start-embedded.ts'),
      dataDir,
      String(await freePort()),
    ],
    { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  parent.stdout.on('data', (chunk) => (output += chunk));
  parent.stderr.on('data', (chunk) => (output += chunk));
  try {
    expect(await waitUntil(() => /JAVA_PID \d+/.test(output), 180000)).toBe(true);
    const javaPid = Number(/JAVA_PID (\d+)/.exec(output)![1]);
    expect(isAlive(javaPid)).toBe(true);

    parent.kill('SIGKILL');
    expect(await waitUntil(() => !isAlive(javaPid), 60000)).toBe(true);
  } finally {
    parent.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 260000);
