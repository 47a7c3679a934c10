import fs from 'node:fs';
import path from 'node:path';
import { printPossibleTypes } from './graphql/possible-types';
import { PROJECT_ROOT } from './core/paths';
import { printAppSchema } from './graphql/schema';

/** Writes the SDL built from the code to `schema.graphql`, and `possible-types.json` beside it. */
for (const [file, text] of [
  ['schema.graphql', printAppSchema()],
  ['possible-types.json', printPossibleTypes()],
]) {
  const target = path.join(PROJECT_ROOT, file);
  fs.writeFileSync(target, text);
  console.log(`Wrote ${path.relative(process.cwd(), target) || target}`);
}
