import { DraftPaper } from '../seed.references';
import { ConceptSpec, SeedProblem } from '../seed.types';
import { oppositeRelations } from './opposite-relations.rule';
import { originalNames } from './original-names.rule';
import { paperVoice } from './paper-voice.rule';
import { relationQuotes } from './relation-quotes.rule';
import { SeedRule } from './rule.types';
import { sourceQuotes } from './source-quotes.rule';

/** Rules about what the seed says, beyond its shape and references. */
const RULES: SeedRule[] = [
  sourceQuotes,
  relationQuotes,
  oppositeRelations,
  originalNames,
  paperVoice,
];

export function checkContent(drafts: DraftPaper[]): SeedProblem[] {
  const concepts = new Map<string, ConceptSpec>(
    drafts.flatMap((draft) => draft.concepts.map((c) => [c.key, c] as const)),
  );
  return RULES.flatMap((rule) => rule(drafts, concepts));
}
