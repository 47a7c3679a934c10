import fs from 'node:fs';
import path from 'node:path';

const NAME_LINE = /^\/\/ name: ([A-Za-z][A-Za-z0-9]*)\s*$/;

/**
 * Reads `cypher/queries/*.cypher`, where each query opens with a `// name: <name>` line, so that
 * repositories run Cypher by name and a reader finds it with one search.
 */
export function loadNamedQueries(dir: string): ReadonlyMap<string, string> {
  const queries = new Map<string, string>();
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()) {
    let name: string | undefined;
    let lines: string[] = [];
    const flush = () => {
      if (!name) return;
      const text = lines.join('\n').trim().replace(/;\s*$/, '');
      if (!text) throw new Error(`${file}: query "${name}" is empty`);
      if (queries.has(name)) throw new Error(`${file}: query "${name}" is defined twice`);
      queries.set(name, text);
    };
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      const match = NAME_LINE.exec(line);
      if (match) {
        flush();
        name = match[1];
        lines = [];
      } else if (name) {
        lines.push(line);
      }
    }
    flush();
  }
  return queries;
}
