import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/core/paths';

// relay-compiler refuses @connection unless the field pages with first/after or last/before and
// its PageInfo has all four Relay fields; this runs it over a query using every connection.
describe('relay-compiler', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-relay-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('accepts @connection on every connection of schema.graphql', () => {
    fs.mkdirSync(path.join(dir, 'src', '__generated__'), { recursive: true });
    fs.copyFileSync(
      path.join(PROJECT_ROOT, 'test', 'fixtures', 'relay', 'Explorer.ts'),
      path.join(dir, 'src', 'Explorer.ts'),
    );
    fs.writeFileSync(
      path.join(dir, 'relay.config.json'),
      JSON.stringify({
        src: './src',
        schema: path.join(PROJECT_ROOT, 'schema.graphql'),
        language: 'typescript',
        artifactDirectory: './src/__generated__',
      }),
    );
    const run = spawnSync(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'relay-compiler'), {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(run.stdout + run.stderr).not.toMatch(/ERROR/);
    expect(run.status).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'src', '__generated__'))).toEqual([
      'ExplorerQuery.graphql.ts',
    ]);
  });
});
