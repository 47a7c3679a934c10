import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
    expect(queries.get('two')).toBe('// why\nRETURN 2');
  });

  it('refuses a name defined twice', () => {
    fs.writeFileSync(path.join(dir, 'b.cypher'), '// name: one\nRETURN 3\n');
    expect(() => loadNamedQueries(dir)).toThrow(/defined twice/);
  });
});
