import fs from 'node:fs';
import path from 'node:path';
import { compactCypher } from './compact-cypher';

const NAME_LINE = /^\/\/ name: ([A-Za-z][A-Za-z0-9]*)\s*$/;
const INCLUDE_LINE = /^\s*\/\/ include: ([A-Za-z][A-Za-z0-9]*)\s*$/;

/** Named texts of the `.cypher` files directly in `dir`, each opened by `// name: <name>`. */
function readNamedTexts(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  if (!fs.existsSync(dir)) return texts;
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
      if (texts.has(name)) throw new Error(`${file}: query "${name}" is defined twice`);
      texts.set(name, text);
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
  return texts;
}

/** Replaces each `// include: <part>` line by the part's text (parts may include parts). */
function expandIncludes(text: string, parts: ReadonlyMap<string, string>, seen: string[]): string {
  return text
    .split('\n')
    .map((line) => {
      const match = INCLUDE_LINE.exec(line);
      if (!match) return line;
      const part = parts.get(match[1]);
      if (part === undefined) throw new Error(`Unknown query part "${match[1]}"`);
      if (seen.includes(match[1])) throw new Error(`Query part "${match[1]}" includes itself`);
      return expandIncludes(part, parts, [...seen, match[1]]);
    })
    .join('\n');
}

/**
 * Reads `cypher/queries/*.cypher`, where each query opens with a `// name: <name>` line, so that
 * repositories run Cypher by name and a reader finds it with one search. Fragments shared by
 * several queries live in `parts/` beside them, are named the same way and are pasted in where a
 * query says `// include: <part>`; a part is never run on its own. The texts are compacted
 * (`compactCypher`): what is sent is the statement without its comments and indentation.
 */
export function loadNamedQueries(dir: string): ReadonlyMap<string, string> {
  const parts = readNamedTexts(path.join(dir, 'parts'));
  const queries = new Map<string, string>();
  for (const [name, text] of readNamedTexts(dir)) {
    if (parts.has(name)) throw new Error(`"${name}" is both a query and a query part`);
    queries.set(name, compactCypher(expandIncludes(text, parts, [])));
  }
  return queries;
}
