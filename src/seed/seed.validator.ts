import { parseList, parseObject, Parsed, rawNames } from './seed.parse';
import { readSeedFolder, SeedFolder, seedFolderPaths, YamlFile, YamlPath } from './seed.reader';
import { checkReferences, DraftPaper } from './seed.references';
import { checkContent } from './rules';
import {
  conceptItem,
  factItem,
  paperSchema,
  relationItem,
  sectionItem,
  sourceItem,
} from './seed.schema';
import {
  CONCEPT_FILES,
  ConceptFile,
  ConceptSpec,
  EvidenceSpec,
  Location,
  PaperSeed,
  SectionSpec,
  Seed,
  SeedProblem,
} from './seed.types';

export interface SeedValidation {
  /** Complete and consistent only when `problems` is empty. */
  seed: Seed;
  problems: SeedProblem[];
}

type EvidenceInput = Omit<EvidenceSpec, keyof Location>;

/**
 * Copies `value` with `extra` added. Object.assign rather than spread syntax: V8 gives each copy
 * spread from a zod result a hidden class of its own, which doubled the memory a large seed's
 * items take.
 */
const withPlace = <T extends object, E extends object>(value: T, extra: E): T & E =>
  Object.assign({}, value, extra);

/** Gives a parsed item its place in the file, and its evidence items theirs. */
function place<T extends { evidence: EvidenceInput[] }>(
  file: YamlFile,
  item: { value: T; line: number; at: YamlPath },
  referenceFields: string[] = [],
): Omit<T, 'evidence'> & Location & { evidence: EvidenceSpec[] } {
  return withPlace(item.value, {
    file: file.file,
    line: item.line,
    fieldLines: Object.fromEntries(referenceFields.map((f) => [f, file.lineAt([...item.at, f])])),
    evidence: item.value.evidence.map((evidence, index) =>
      withPlace(evidence, {
        file: file.file,
        line: file.lineAt([...item.at, 'evidence', index]),
      }),
    ),
  });
}

/** level and parent follow from the number: I → 1, I.(1) → 2 under I, I.(1).2 → 3 under I.(1). */
function toSection(
  file: YamlFile,
  item: Parsed<{ number: string; title: string; titleZh: string; noConceptReason?: string }>,
  order: number,
): SectionSpec {
  const parts = item.value.number.split('.');
  return {
    ...item.value,
    file: file.file,
    line: item.line,
    level: parts.length,
    order,
    ...(parts.length > 1 ? { parent: parts.slice(0, -1).join('.') } : {}),
  };
}

function readConcepts(folder: SeedFolder, problems: SeedProblem[]): ConceptSpec[] {
  return [...folder.concepts].flatMap(([name, file]) => {
    if (!(name in CONCEPT_FILES)) {
      problems.push({
        file: file.file,
        line: 1,
        message:
          `unknown concept file "${name}": its name gives the kind and must be one of ` +
          Object.keys(CONCEPT_FILES).join(', '),
      });
      return [];
    }
    const kind = CONCEPT_FILES[name as ConceptFile].kind;
    return parseList(file, 'concepts', conceptItem(name as ConceptFile), problems).map((item) =>
      Object.assign(place(file, item), { kind }),
    );
  });
}

function fileProblems(folder: SeedFolder): SeedProblem[] {
  const files = [folder.paper, folder.outline, folder.sources, folder.relations, folder.facts];
  return [
    ...[...files, ...folder.concepts.values()].flatMap((file) => file?.problems ?? []),
    ...folder.missing.map((file) => ({
      file,
      line: 1,
      message: 'missing file: every paper folder needs an outline.yaml',
    })),
    ...folder.unexpected.map((file) => ({
      file,
      line: 1,
      message:
        'unknown seed file: expected paper, outline, sources, relations or facts.yaml, ' +
        'or concepts/<kind>.yaml',
    })),
  ];
}

function readDraft(folder: SeedFolder, problems: SeedProblem[]): DraftPaper {
  problems.push(...fileProblems(folder));
  const { outline, sources, relations, facts } = folder;
  const paper = parseObject(folder.paper, paperSchema, problems);
  return {
    folder: folder.folder,
    paper: paper && {
      ...place(folder.paper, { value: paper, line: 1, at: [] }, ['publisher']),
      line: folder.paper.lineAt(['key']),
    },
    sources: parseList(sources, 'sources', sourceItem, problems).map((item) => ({
      ...item.value,
      file: sources!.file,
      line: item.line,
    })),
    sections: parseList(outline, 'sections', sectionItem, problems).map((item, index) =>
      toSection(outline!, item, index + 1),
    ),
    concepts: readConcepts(folder, problems),
    relations: parseList(relations, 'relations', relationItem, problems).map((item) =>
      place(relations!, item, ['from', 'to']),
    ),
    facts: parseList(facts, 'facts', factItem, problems).map((item) =>
      place(facts!, item, ['about']),
    ),
    sectionNumbers: rawNames(outline, 'sections', 'number'),
    // No sources.yaml means no sources, so any SOURCE evidence names an unknown one.
    sourceIds: sources ? rawNames(sources, 'sources', 'id') : new Set(),
  };
}

/**
 * Adds the concept keys a folder defines to `keys`; false when one of its concept files cannot be
 * read at all.
 */
function addConceptKeys(folder: SeedFolder, keys: Set<string>): boolean {
  for (const file of folder.concepts.values()) {
    const names = rawNames(file, 'concepts', 'key');
    if (!names) return false;
    names.forEach((key) => keys.add(key));
  }
  return true;
}

/**
 * One pass over the seed, a folder at a time: each folder's parsed files are dropped once its
 * items are read, so memory holds the items, not every file's syntax tree.
 */
function validatePass(seedDir: string, positions: boolean): SeedValidation {
  const problems: SeedProblem[] = [];
  const drafts: DraftPaper[] = [];
  const keys = new Set<string>();
  let keysReadable = true;
  for (const dir of seedFolderPaths(seedDir)) {
    const folder = readSeedFolder(dir, positions);
    drafts.push(readDraft(folder, problems));
    keysReadable = addConceptKeys(folder, keys) && keysReadable;
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
 * Reads every paper folder under `seedDir` and reports all problems at once, in file order. A
 * valid seed needs no line numbers, so the first pass reads without them (much faster on a large
 * seed); only a seed with problems is read again with positions, to say where each one is.
 */
export function validateSeed(seedDir: string): SeedValidation {
  const quick = validatePass(seedDir, false);
  return quick.problems.length ? validatePass(seedDir, true) : quick;
}
