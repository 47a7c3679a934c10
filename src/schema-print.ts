import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './paths';
import { printAppSchema } from './schema';

/** Writes the SDL built from the code to `schema.graphql` at the repository root. */
const target = path.join(PROJECT_ROOT, 'schema.graphql');
fs.writeFileSync(target, printAppSchema());
console.log(`Wrote ${path.relative(process.cwd(), target) || target}`);
