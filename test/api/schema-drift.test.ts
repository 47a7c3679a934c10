import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/core/paths';
import { printAppSchema } from '../../src/graphql/schema';

describe('schema.graphql', () => {
  it('is the SDL printed from the code (run `npm run schema` after changing the API)', () => {
    const file = fs.readFileSync(path.join(PROJECT_ROOT, 'schema.graphql'), 'utf8');
    expect(file).toBe(printAppSchema());
  });
});
