import { ConceptSpec } from '../seed.types';

/** Every name a concept goes by, in either language. */
export const namesOf = (concept: ConceptSpec): string[] => [
  concept.name,
  concept.nameZh,
  ...concept.aliases,
];

/** Compared ignoring case and width: NFKC folds full-width forms (（, ﹢) into plain ones. */
const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/** Whether `quote` names the concept by its name, Chinese name or an alias. */
export function quoteMentions(quote: string, concept: ConceptSpec): boolean {
  const text = fold(quote);
  return namesOf(concept).some((name) => text.includes(fold(name)));
}
