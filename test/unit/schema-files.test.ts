import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CYPHER_DIR, PROJECT_ROOT } from '../../src/core/paths';
import { compactCypher } from '../../src/neo4j/compact-cypher';
import { splitStatements } from '../../src/neo4j/migrations';
import { loadNamedQueries } from '../../src/neo4j/named-queries';

describe('splitStatements', () => {
  it('splits on semicolons at line ends and drops comment lines', () => {
    const text =
      '// why\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\nCREATE INDEX b\nFOR (n:B) ON (n.y);\n';
    expect(splitStatements(text)).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'CREATE INDEX b\nFOR (n:B) ON (n.y)',
    ]);
  });
});

describe('loadNamedQueries', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-queries-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads every query by its name line', () => {
    fs.writeFileSync(
      path.join(dir, 'a.cypher'),
      '// name: one\nRETURN 1\n\n// name: two\n// why\nRETURN 2;\n',
    );
    const queries = loadNamedQueries(dir);
    expect(queries.get('one')).toBe('RETURN 1');
    expect(queries.get('two')).toBe('RETURN 2');
  });

  it('refuses a name defined twice', () => {
    fs.writeFileSync(path.join(dir, 'b.cypher'), '// name: one\nRETURN 3\n');
    expect(() => loadNamedQueries(dir)).toThrow(/defined twice/);
  });
});

describe('the named queries in cypher/queries', () => {
  const sources = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return sources(file);
      return entry.name.endsWith('.ts') ? [fs.readFileSync(file, 'utf8')] : [];
    });

  it('are each run by the code in src: a query nothing runs is dead weight to keep correct', () => {
    const code = sources(path.join(PROJECT_ROOT, 'src')).join('\n');
    const names = [...loadNamedQueries(path.join(CYPHER_DIR, 'queries')).keys()];
    expect(names.length).toBeGreaterThan(30);
    expect(names.filter((name) => !code.includes(`'${name}'`))).toEqual([]);
  });
});

describe('query parts', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-parts-'));
  fs.mkdirSync(path.join(dir, 'parts'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('are pasted where a query includes them, nested parts too', () => {
    fs.writeFileSync(
      path.join(dir, 'parts', 'p.cypher'),
      '// name: inner\nWITH 1 AS x\n\n// name: outer\n// include: inner\nWITH x + 1 AS y\n',
    );
    fs.writeFileSync(path.join(dir, 'q.cypher'), '// name: q\n  // include: outer\nRETURN y\n');
    const queries = loadNamedQueries(dir);
    expect(queries.get('q')).toBe('WITH 1 AS x\nWITH x + 1 AS y\nRETURN y');
    expect(queries.has('inner')).toBe(false);
  });

  it('refuse an unknown part', () => {
    fs.writeFileSync(path.join(dir, 'q.cypher'), '// name: q\n// include: missing\nRETURN 1\n');
    expect(() => loadNamedQueries(dir)).toThrow(/Unknown query part "missing"/);
  });
});

describe('compactCypher', () => {
  it('drops comments, indentation and blank lines, keeping line breaks', () => {
    const text = '// why\nMATCH (c:Concept)   // the concepts\n\n    /* all of them */ RETURN c\n';
    expect(compactCypher(text)).toBe('MATCH (c:Concept)\nRETURN c');
  });

  it('keeps strings and quoted names byte for byte, comment marks and escapes included', () => {
    const text = [
      "  RETURN 'https://example.org/a  b' AS url, \"it\\'s // not a comment\" AS s,",
      "    'don\\'t // stop' AS t, n.`odd // name` AS o // gone",
    ].join('\n');
    expect(compactCypher(text)).toBe(
      [
        "RETURN 'https://example.org/a  b' AS url, \"it\\'s // not a comment\" AS s,",
        "'don\\'t // stop' AS t, n.`odd // name` AS o",
      ].join('\n'),
    );
  });

  it('refuses an unclosed string or comment rather than send half a statement', () => {
    expect(() => compactCypher("RETURN 'open")).toThrow(/Unclosed '/);
    expect(() => compactCypher('RETURN 1 /* open')).toThrow(/Unclosed \/\*/);
  });
});
