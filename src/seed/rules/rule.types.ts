import { DraftPaper } from '../seed.references';
import { ConceptSpec, Location, SeedProblem } from '../seed.types';

/**
 * A content rule: reads every paper folder as far as it could be read and returns its problems.
 * Concepts are looked up by key across papers, since relations may cross papers.
 */
export type SeedRule = (
  drafts: DraftPaper[],
  concepts: ReadonlyMap<string, ConceptSpec>,
) => SeedProblem[];

export const problemAt = (where: Location, message: string): SeedProblem => ({
  file: where.file,
  line: where.line,
  message,
});
