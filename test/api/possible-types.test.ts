import fs from 'node:fs';
import path from 'node:path';
import { possibleTypes, printPossibleTypes } from '../../src/graphql/possible-types';
import { PROJECT_ROOT } from '../../src/core/paths';
import { buildAppSchema } from '../../src/graphql/schema';

describe('possible-types.json', () => {
  it('is written from the code (run `npm run schema` after changing the API)', () => {
    const file = fs.readFileSync(path.join(PROJECT_ROOT, 'possible-types.json'), 'utf8');
    expect(file).toBe(printPossibleTypes());
  });

  it('lists every kind under Concept, and every node type under Node', () => {
    const types = possibleTypes(buildAppSchema());
    expect(types.Concept).toEqual(expect.arrayContaining(['Technology', 'Trend', 'Region']));
    expect(types.Node).toEqual(expect.arrayContaining([...types.Concept, 'Paper', 'Section']));
    expect(types.Node).not.toContain('Concept');
  });
});
