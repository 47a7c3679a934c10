import { ConceptSpec } from '../seed.types';

/** Every name a concept goes by, in either language. */
export const namesOf = (concept: ConceptSpec): string[] => [
  concept.name,
  concept.nameZh,
  ...concept.aliases,
];

/** Whether `quote` names the concept by its name, Chinese name or an alias (ignoring case). */
export function quoteMentions(quote: string, concept: ConceptSpec): boolean {
  const text = quote.toLowerCase();
  return namesOf(concept).some((name) => text.includes(name.toLowerCase()));
}
