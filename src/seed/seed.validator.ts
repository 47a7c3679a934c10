import { setImmediate } from 'node:timers/promises';
import { FolderDraft, readFolderDraft } from './seed.folder';
import { seedFolderPaths } from './seed.reader';
import { checkReferences, DraftPaper } from './seed.references';
import { checkContent } from './rules';
import { PaperSeed, Seed, SeedProblem } from './seed.types';

export interface SeedValidation {
  /** Complete and consistent only when `problems` is empty. */
  seed: Seed;
  problems: SeedProblem[];
}

/**
 * The checks across folders, on the folders' drafts: unique keys, references, what the seed says.
 * All problems come back at once, in file order.
 */
function checkFolders(folders: FolderDraft[]): SeedValidation {
  const problems: SeedProblem[] = [];
  const drafts: DraftPaper[] = [];
  const keys = new Set<string>();
  let keysReadable = true;
  for (const { draft, problems: found, conceptKeys } of folders) {
    drafts.push(draft);
    found.forEach((problem) => problems.push(problem));
    if (conceptKeys) conceptKeys.forEach((key) => keys.add(key));
    else keysReadable = false;
  }
  problems.push(
    ...checkReferences(drafts, keysReadable ? keys : undefined),
    ...checkContent(drafts),
  );
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const papers = drafts.flatMap(
    ({ sectionNumbers: _numbers, sourceIds: _ids, paper, ...rest }): PaperSeed[] =>
      paper ? [{ ...rest, paper }] : [],
  );
  return { seed: { papers }, problems };
}

/**
 * Reads every paper folder under `seedDir` and reports all problems at once, in file order. Each
 * folder's parsed files are dropped once its items are read, so memory holds the items, not every
 * file's syntax tree. A valid seed needs no line numbers, so the first pass reads without them
 * (much faster on a large seed); only a seed with problems is read again with positions, to say
 * where each one is.
 */
export async function validateSeed(seedDir: string): Promise<SeedValidation> {
  const dirs = seedFolderPaths(seedDir);
  const read = async (positions: boolean) => {
    const folders: FolderDraft[] = [];
    for (const dir of dirs) {
      folders.push(readFolderDraft(dir, positions));
      // Between folders the caller's I/O moves on (the seed loader warms Neo4j up meanwhile).
      await setImmediate();
    }
    return folders;
  };
  const quick = checkFolders(await read(false));
  return quick.problems.length ? checkFolders(await read(true)) : quick;
}
