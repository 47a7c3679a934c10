import { BadInputError } from '../../graphql/errors';
import { descend, ResolveTree, selects } from '../../graphql/lookahead';
import { Loaders } from '../../graphql/loaders';
import { RelationArgs, relationPageRequest } from '../relation/relation.args';
import { RelationPage } from '../relation/relation.repository';
import { SectionRecord } from '../section/section.record';
import { ConceptRecord } from './concept.record';
import { ConceptExtras } from './concept.repository';

/**
 * What to fetch along with concepts whose selection is `concept`: the page of relations its
 * `relations` field asks for (the first one, when aliased several times). Arguments that do not
 * validate fetch nothing ahead, so the field itself reports the error at its own path.
 */
export function conceptExtras(concept: ResolveTree | null): ConceptExtras {
  const relations = descend(concept, 'relations');
  if (!relations) return { relations: null, withSections: false };
  let request: ConceptExtras['relations'];
  try {
    request = relationPageRequest('', relations.args as RelationArgs).request;
  } catch (error) {
    if (error instanceof BadInputError) return { relations: null, withSections: false };
    throw error;
  }
  const node = descend(relations, 'edges', 'node');
  const withSections = selects(node, 'sentence') || selects(descend(node, 'evidence'), 'section');
  return { relations: request, withSections };
}

/** Hands what a statement fetched ahead to the loaders the field resolvers read from. */
export function primeConcept(
  loaders: Loaders,
  concept: ConceptRecord,
  extras: ConceptExtras,
  relations: RelationPage | null,
): void {
  loaders.conceptsByKeys.prime(concept.key, concept);
  if (extras.relations && relations) {
    loaders.relationPages.prime({ ...extras.relations, key: concept.key }, relations);
  }
}

export function primeSections(loaders: Loaders, sections: SectionRecord[]): void {
  for (const section of sections) loaders.sectionsByKeys.prime(section.key, section);
}
