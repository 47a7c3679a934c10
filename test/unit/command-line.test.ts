import { runTool } from '../helpers/run-tool';

// Each case starts a Node process with tsx: a few seconds on a busy machine.
jest.setTimeout(60000);

// Arguments are read before anything connects to Neo4j, so no database is needed here.
const TOOLS = [
  { script: 'src/seed/seed.cli.ts', usage: 'usage: npm run seed ' },
  { script: 'src/seed/seed-check.cli.ts', usage: 'usage: npm run seed:check ' },
  { script: 'src/export/export.cli.ts', usage: 'usage: npm run export ' },
];

describe.each(TOOLS)('$script', ({ script, usage }) => {
  it('prints its usage for --help and -h', async () => {
    for (const flag of ['--help', '-h']) {
      const run = await runTool(script, [flag]);
      expect([flag, run.code, run.stderr]).toEqual([flag, 0, '']);
      expect(run.stdout.startsWith(usage)).toBe(true);
    }
  });

  it('answers an unknown option with its name and the usage, without a stack trace', async () => {
    const run = await runTool(script, ['--frmo', 'x.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--frmo'");
    expect(run.stderr).toContain(usage);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).toBe('');
  });
});

describe("npm run export's output file", () => {
  it('in a missing folder fails at once, before Neo4j is reached', async () => {
    const run = await runTool(
      'src/export/export.cli.ts',
      ['--format', 'json', '--out', '/no-such-folder/graph.json'],
      // Nothing listens there: reaching for it would fail with another message.
      { NEO4J_URI: 'bolt://127.0.0.1:1' },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Export failed: ENOENT');
    expect(run.stderr).not.toContain('Neo4j');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('npm run seed -- --from', () => {
  it('names a file it cannot read, before Neo4j is reached', async () => {
    const run = await runTool('src/seed/seed.cli.ts', ['--from', '/no-such-export.json'], {
      NEO4J_URI: 'bolt://127.0.0.1:1',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('/no-such-export.json cannot be read: ENOENT');
    expect(run.stderr).toContain('Nothing was loaded from /no-such-export.json.');
    expect(run.stderr).not.toContain('Neo4j');
  });
});
