import path from 'node:path';
import { SEED_DIR } from '../../src/core/paths';
import { readSeedFolder, SeedFolder, seedFolderPaths } from '../../src/seed/seed.reader';
import { validateSeed } from '../../src/seed/seed.validator';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'seeds');
const fileOf = (fixture: string, name: string) =>
  `test/fixtures/seeds/${fixture}/test-seed-paper/${name}`;
const problemsOf = async (fixture: string) =>
  (await validateSeed(path.join(FIXTURES, fixture))).problems;

const TECH = 'concepts/technology.yaml';

/** Each fixture is the valid one with a single defect: [fixture, file, line, reason]. */
const ONE_PROBLEM: [string, string, number, RegExp][] = [
  ['yaml-syntax', 'relations.yaml', 8, /^YAML syntax error: Nested mappings/],
  ['missing-field', TECH, 10, /^missing field "summary"$/],
  ['extra-field', TECH, 4, /^unknown field "colour"$/],
  ['wrong-type', TECH, 5, /^"aliases" must be a list, got string "ledger"$/],
  // Another case is another spelling ("Ledger"); the same text twice is a slip.
  ['repeated-alias', TECH, 5, /repeats the alias "ledger"$/],
  ['bad-kind-file', 'concepts/technologies.yaml', 1, /^unknown concept file "technologies"/],
  [
    'bad-relation-type',
    'relations.yaml',
    8,
    /^unknown relation type "USES"; expected one of PART_OF/,
  ],
  [
    'bad-basis',
    TECH,
    9,
    /^unknown evidence basis "GUESS"; expected one of HEADING, SOURCE, CURATED$/,
  ],
  [
    'duplicate-key',
    'facts.yaml',
    2,
    /^duplicate key "test-ledger": already defined at .*technology\.yaml:2$/,
  ],
  ['duplicate-section', 'outline.yaml', 14, /^duplicate section "II": already at line 11$/],
  [
    'duplicate-relation',
    'relations.yaml',
    18,
    /^duplicate relation test-consensus PART_OF test-ledger/,
  ],
  [
    'unknown-section',
    TECH,
    16,
    /^unknown section "I\.\(1\)\.9": not in test-seed-paper\/outline\.yaml$/,
  ],
  ['unknown-relation-end', 'relations.yaml', 4, /^unknown relation end "test-ledgr"/],
  ['unknown-about', 'facts.yaml', 7, /^unknown concept "test-ledgr" in about/],
  ['unknown-publisher', 'paper.yaml', 5, /^unknown publisher "test-printer"/],
  ['missing-evidence', 'concepts/organization.yaml', 6, /^missing evidence/],
  ['source-missing', TECH, 24, /^SOURCE evidence needs a source/],
  [
    'unknown-source',
    'facts.yaml',
    9,
    /^unknown source "T9": not in test-seed-paper\/sources\.yaml$/,
  ],
  ['source-on-curated', TECH, 16, /^CURATED evidence must not name a source/],
  [
    'self-loop',
    'relations.yaml',
    15,
    /^self-loop: relation RELATED_TO goes from "test-publisher" to itself$/,
  ],
  ['bad-section-number', 'outline.yaml', 14, /^bad section number/],
  [
    'outline-parent-missing',
    'outline.yaml',
    14,
    /^outline parent missing: "II\.\(2\)" must be listed for "II\.\(2\)\.1"$/,
  ],
  ['quote-missing', TECH, 24, /^SOURCE evidence needs a quote/],
  ['quote-on-curated', TECH, 16, /^CURATED evidence must not carry a quote/],
  [
    'quote-unsupported',
    'relations.yaml',
    12,
    /^SOURCE quote does not support test-smart-contract ENABLES test-ledger: .*"test-smart-contract"$/,
  ],
  [
    'circular-relation',
    'relations.yaml',
    18,
    /^circular relation: test-ledger ENABLES test-smart-contract, and .*relations\.yaml:7/,
  ],
  ['two-originals', TECH, 2, /^two original names/],
  ['original-unquoted', TECH, 10, /^original name "测试共识" appears in no SOURCE quote/],
  ['paper-voice', TECH, 10, /^"test-consensus" speaks for the paper/],
];

describe('seed validator', () => {
  test.each(ONE_PROBLEM)('%s: reported at %s:%i', async (fixture, file, line, reason) => {
    expect(await problemsOf(fixture)).toEqual([
      { file: fileOf(fixture, file), line, message: expect.stringMatching(reason) },
    ]);
  });

  test('reports every problem of a seed at once, in file order', async () => {
    const found = (await problemsOf('many-problems')).map(
      (p) => `${path.basename(p.file)}:${p.line}`,
    );
    expect(found).toEqual([
      'technology.yaml:9', // unknown section
      'technology.yaml:10', // missing summary
      'facts.yaml:8', // YAML syntax error
      'notes.yaml:1', // a file with no role in the format
      'paper.yaml:5', // unknown publisher
      'relations.yaml:8', // bad relation type
      'relations.yaml:15', // self-loop
    ]);
  });

  test('the valid fixture and the loader fixtures have no problems', async () => {
    expect(await problemsOf('valid')).toEqual([]);
    expect(await problemsOf('conflict')).toEqual([]);
    expect(await problemsOf('cross-paper')).toEqual([]);
  });

  test('derives levels, parents and order from the outline, and kinds from file names', async () => {
    const [paper] = (await validateSeed(path.join(FIXTURES, 'valid'))).seed.papers;
    expect(paper.sections.map((s) => [s.number, s.level, s.parent, s.order])).toEqual([
      ['I', 1, undefined, 1],
      ['I.(1)', 2, 'I', 2],
      ['I.(1).1', 3, 'I.(1)', 3],
      ['II', 1, undefined, 4],
    ]);
    const kinds = Object.fromEntries(paper.concepts.map((c) => [c.key, c.kind]));
    expect(kinds).toEqual({
      'test-publisher': 'ORGANIZATION',
      'test-ledger': 'TECHNOLOGY',
      'test-consensus': 'TECHNOLOGY',
      'test-smart-contract': 'TECHNOLOGY',
    });
    const consensus = paper.concepts.find((c) => c.key === 'test-consensus')!;
    expect(consensus).toMatchObject({ nameZhOriginal: false, aliases: [] });
  });

  test('reading without positions gives the same data as reading with them', () => {
    const data = (folder: SeedFolder) =>
      [folder.paper, folder.outline, folder.sources, folder.relations, folder.facts]
        .concat([...folder.concepts.values()])
        .map((file) => file?.data);
    const dirs = [...seedFolderPaths(SEED_DIR), ...seedFolderPaths(path.join(FIXTURES, 'valid'))];
    for (const dir of dirs) {
      const quick = readSeedFolder(dir, false);
      expect(data(quick)).toEqual(data(readSeedFolder(dir, true)));
      expect(quick.paper.lineAt(['key'])).toBe(0);
    }
  });

  test('the real seed validates clean', async () => {
    const { seed, problems } = await validateSeed(SEED_DIR);
    expect(problems).toEqual([]);
    expect(seed.papers.map((p) => p.paper.key)).toContain('caict-blockchain-2020');
  });
});
