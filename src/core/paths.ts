import fs from 'node:fs';
import path from 'node:path';

/** The repository root, found the same way from `src/` (tests) and from `dist/src/` (built). */
function findRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findRoot(__dirname);
export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
export const SEED_DIR = path.join(PROJECT_ROOT, 'graph-seed');
export const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j-embedded');
