import { parseList, parseObject, Parsed, rawNames } from './seed.parse';
import { readSeedFolder, SeedFolder, YamlFile, YamlPath } from './seed.reader';
import { DraftPaper } from './seed.references';
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
  SectionSpec,
  SeedProblem,
} from './seed.types';

/**
 * One paper folder read and checked on its own, with no need of the others: its files' syntax,
 * the shape of every item, and the concept keys it defines. The checks across folders
 * (seed.references.ts, rules/) take it from here.
 */
export interface FolderDraft {
  draft: DraftPaper;
  /** The problems found in the folder, in the order found. */
  problems: SeedProblem[];
  /** The concept keys the folder defines; undefined when one of its concept files is unreadable. */
  conceptKeys?: string[];
}

type EvidenceInput = Omit<EvidenceSpec, keyof Location>;

/**
 * Adds `extra` to `value`, a fresh object zod built, instead of copying it: one object fewer per
 * item and per evidence item. Object.assign rather than spread syntax: V8 gave each copy spread
 * from a zod result a hidden class of its own, which doubled the memory a large seed's items take.
 */
const withPlace = <T extends object, E extends object>(value: T, extra: E): T & E =>
  Object.assign(value, extra);

/**
 * Gives a parsed item its place in the file, and its evidence items theirs. A file read without
 * positions has every line at 0, so no path is built to look one up and no field lines are kept:
 * at 100,000 concepts that was a million short-lived arrays and half a million objects.
 */
function place<T extends { evidence: EvidenceInput[] }>(
  file: YamlFile,
  item: { value: T; line: number; at: YamlPath },
  referenceFields: string[] = [],
): Omit<T, 'evidence'> & Location & { evidence: EvidenceSpec[] } {
  const lineAt = (...at: YamlPath) => (file.positions ? file.lineAt([...item.at, ...at]) : 0);
  return withPlace(item.value, {
    file: file.file,
    line: item.line,
    ...(file.positions && {
      fieldLines: Object.fromEntries(referenceFields.map((f) => [f, lineAt(f)])),
    }),
    evidence: item.value.evidence.map((evidence, index) =>
      withPlace(evidence, { file: file.file, line: lineAt('evidence', index) }),
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

/** Every concept key the folder's concept files hold, valid items or not. */
function conceptKeysOf(folder: SeedFolder): string[] | undefined {
  const keys: string[] = [];
  for (const file of folder.concepts.values()) {
    const names = rawNames(file, 'concepts', 'key');
    if (!names) return undefined;
    keys.push(...names);
  }
  return keys;
}

/** Reads one paper folder; `positions` keeps the line of every item (see YamlFile.lineAt). */
export function readFolderDraft(dir: string, positions: boolean): FolderDraft {
  const folder = readSeedFolder(dir, positions);
  const problems: SeedProblem[] = [];
  const draft = readDraft(folder, problems);
  return { draft, problems, conceptKeys: conceptKeysOf(folder) };
}
