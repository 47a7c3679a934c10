import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/core/paths';

const MODULES = path.join(PROJECT_ROOT, 'src', 'modules');
/** Arguments several fields take; each has one declaration in modules/common. */
const SHARED = ['lang', 'first', 'after', 'last', 'before', 'kinds', 'types'];
const ARG = new RegExp(`@Arg\\(\\s*'(${SHARED.join('|')})'`, 'g');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}

test('resolvers take the shared arguments from their one declaration, not @Arg of their own', () => {
  const declared = sources(MODULES).flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(ARG)].map(
      (match) => `${path.relative(MODULES, file)}: ${match[1]}`,
    ),
  );
  // Concept.aliases' `lang` filters by language (absent means all); it is not the answer's language.
  expect(declared).toEqual(['concept/concept-fields.resolver.ts: lang']);
});
