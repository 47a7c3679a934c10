import {
  ConceptSpec,
  EvidenceSpec,
  FactSpec,
  Location,
  PaperSpec,
  RelationSpec,
  SectionSpec,
  SeedProblem,
  SourceSpec,
} from './seed.types';

/** A paper folder as far as it could be read; `paper` is absent when paper.yaml has problems. */
export interface DraftPaper {
  folder: string;
  paper?: PaperSpec;
  sources: SourceSpec[];
  sections: SectionSpec[];
  concepts: ConceptSpec[];
  relations: RelationSpec[];
  facts: FactSpec[];
  /** Numbers and ids that exist, items with problems included; undefined when unreadable. */
  sectionNumbers?: Set<string>;
  sourceIds?: Set<string>;
}

const at = (where: Location) => `${where.file}:${where.line}`;
const lineOf = (item: Location, field: string) => item.fieldLines?.[field] ?? item.line;

/** Reports the second and later items that share a name with an earlier one. */
function duplicates<T extends Location>(
  items: T[],
  name: (item: T) => string,
  message: (item: T, first: T) => string,
  problems: SeedProblem[],
): void {
  // Most items have one evidence item, which cannot repeat: no map for them.
  if (items.length < 2) return;
  const seen = new Map<string, T>();
  for (const item of items) {
    const first = seen.get(name(item));
    if (first) problems.push({ file: item.file, line: item.line, message: message(item, first) });
    else seen.set(name(item), item);
  }
}

function checkEvidence(draft: DraftPaper, evidence: EvidenceSpec[], problems: SeedProblem[]): void {
  const push = (item: EvidenceSpec, message: string) =>
    problems.push({ file: item.file, line: item.line, message });
  for (const item of evidence) {
    if (draft.sectionNumbers && !draft.sectionNumbers.has(item.section)) {
      push(item, `unknown section "${item.section}": not in ${draft.folder}/outline.yaml`);
    }
    if (item.basis === 'SOURCE' && !item.source) {
      push(item, 'SOURCE evidence needs a source: the id of an entry in sources.yaml');
    } else if (item.basis !== 'SOURCE' && item.source) {
      push(
        item,
        `${item.basis} evidence must not name a source; use basis SOURCE for a source's claim`,
      );
    } else if (item.source && draft.sourceIds && !draft.sourceIds.has(item.source)) {
      push(item, `unknown source "${item.source}": not in ${draft.folder}/sources.yaml`);
    }
  }
  duplicates(
    evidence,
    (item) => `${item.section}|${item.basis}|${item.source ?? ''}`,
    (item, first) =>
      `duplicate evidence: ${item.section} ${item.basis} already given at line ${first.line}`,
    problems,
  );
}

function checkOutline(draft: DraftPaper, problems: SeedProblem[]): void {
  duplicates(
    draft.sections,
    (section) => section.number,
    (section, first) => `duplicate section "${section.number}": already at line ${first.line}`,
    problems,
  );
  for (const section of draft.sections) {
    if (section.parent && draft.sectionNumbers && !draft.sectionNumbers.has(section.parent)) {
      problems.push({
        file: section.file,
        line: section.line,
        message: `outline parent missing: "${section.parent}" must be listed for "${section.number}"`,
      });
    }
  }
}

function checkPapers(drafts: DraftPaper[], papers: PaperSpec[], problems: SeedProblem[]): void {
  duplicates(
    papers,
    (p) => p.key,
    (p, first) => `duplicate paper key "${p.key}": also at ${at(first)}`,
    problems,
  );
  for (const draft of drafts) {
    if (draft.paper && draft.paper.key !== draft.folder) {
      const message = `paper key "${draft.paper.key}" must match its folder name "${draft.folder}"`;
      problems.push({ file: draft.paper.file, line: draft.paper.line, message });
    }
  }
}

function checkRelations(
  relations: RelationSpec[],
  unknownConcept: (key: string) => boolean,
  problems: SeedProblem[],
): void {
  duplicates(
    relations,
    (r) => `${r.from}|${r.type}|${r.to}`,
    (r, first) => `duplicate relation ${r.from} ${r.type} ${r.to}: already at ${at(first)}`,
    problems,
  );
  for (const r of relations) {
    if (r.from === r.to) {
      const message = `self-loop: relation ${r.type} goes from "${r.from}" to itself`;
      problems.push({ file: r.file, line: lineOf(r, 'to'), message });
    }
    for (const end of ['from', 'to'] as const) {
      if (unknownConcept(r[end])) {
        const message = `unknown relation end "${r[end]}": no concept has this key`;
        problems.push({ file: r.file, line: lineOf(r, end), message });
      }
    }
  }
}

/**
 * Cross-file rules: unique keys, and every reference resolving to something the seed defines.
 * Concept keys are global (a paper may relate its concepts to another paper's); section numbers
 * and source ids belong to their own paper folder. Without `conceptKeys` (a concept file could
 * not be read) references to concepts are not checked, rather than all reported as unknown.
 */
export function checkReferences(
  drafts: DraftPaper[],
  conceptKeys: Set<string> | undefined,
): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const unknownConcept = (key: string) => conceptKeys !== undefined && !conceptKeys.has(key);
  const papers = drafts.flatMap((draft) => (draft.paper ? [draft.paper] : []));
  checkPapers(drafts, papers, problems);
  for (const paper of papers.filter((p) => unknownConcept(p.publisher))) {
    const message = `unknown publisher "${paper.publisher}": no concept has this key`;
    problems.push({ file: paper.file, line: lineOf(paper, 'publisher'), message });
  }
  // Concepts and facts share one namespace: both are addressed by key alone.
  duplicates(
    drafts.flatMap((draft) => [...draft.concepts, ...draft.facts]),
    (item) => item.key,
    (item, first) => `duplicate key "${item.key}": already defined at ${at(first)}`,
    problems,
  );
  checkRelations(
    drafts.flatMap((draft) => draft.relations),
    unknownConcept,
    problems,
  );
  for (const fact of drafts.flatMap((draft) => draft.facts)) {
    for (const key of fact.about.filter(unknownConcept)) {
      const message = `unknown concept "${key}" in about: no concept has this key`;
      problems.push({ file: fact.file, line: lineOf(fact, 'about'), message });
    }
  }
  for (const draft of drafts) {
    checkOutline(draft, problems);
    duplicates(
      draft.sources,
      (s) => s.id,
      (s, first) => `duplicate source id "${s.id}": already at line ${first.line}`,
      problems,
    );
    const owners = [
      ...(draft.paper ? [draft.paper] : []),
      ...draft.concepts,
      ...draft.relations,
      ...draft.facts,
    ];
    for (const owner of owners) checkEvidence(draft, owner.evidence, problems);
  }
  return problems;
}
