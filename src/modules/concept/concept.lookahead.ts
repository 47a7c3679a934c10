import { BadInputError } from '../../graphql/errors';
import { childFields, descendAll, ResolveTree, selects } from '../../graphql/lookahead';
import { Loaders } from '../../graphql/loaders';
import { RelationArgs, relationPageRequest } from '../relation/relation.args';
import { FULL_PROJECTION, RelationPage, RelationProjection } from '../relation/relation.repository';
import { SectionRecord } from '../section/section.record';
import { ConceptRecord } from './concept.record';
import { ConceptExtras } from './concept.repository';

/**
 * Fields of a concept that its naming properties answer (see the relationPage part's brief
 * projection); a relation end whose every selection is among them needs nothing more.
 */
const NAMING_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'key', 'kind', 'name']);

export function onlyNaming(tree: ResolveTree): boolean {
  return Object.values(tree.fieldsByTypeName).every((fields) =>
    Object.values(fields).every((field) => NAMING_FIELDS.has(field.name)),
  );
}

/**
 * How much of each relation and its other end every `relations` selection below `concept` reads,
 * over all aliases: a page fetched ahead for the first one must serve any alias with the same
 * arguments.
 */
function relationProjection(relations: ResolveTree[]): RelationProjection {
  const nodes = relations.flatMap((tree) => descendAll(tree, 'edges', 'node'));
  const pageInfos = relations.flatMap((tree) => descendAll(tree, 'pageInfo'));
  return {
    relationCursors:
      relations.some((tree) => descendAll(tree, 'edges', 'cursor').length > 0) ||
      pageInfos.some((info) => selects(info, 'startCursor') || selects(info, 'endCursor')),
    relationEvidence: nodes.some((node) => selects(node, 'evidence') || selects(node, 'sentence')),
    briefEnds: nodes.every((node) =>
      [...childFields(node, 'from'), ...childFields(node, 'to')].every(onlyNaming),
    ),
  };
}

/**
 * What to fetch along with concepts whose selection is `concept`: the page of relations its
 * `relations` field asks for (the first one, when aliased several times), and only as much of
 * them as any of its selections reads. Arguments that do not validate fetch nothing ahead, so the
 * field itself reports the error at its own path.
 */
export function conceptExtras(concept: ResolveTree | null): ConceptExtras {
  const all = childFields(concept, 'relations');
  const none = { relations: null, withSections: false, projection: FULL_PROJECTION };
  if (!all.length) return none;
  let request: ConceptExtras['relations'];
  try {
    request = relationPageRequest('', all[0].args as RelationArgs).request;
  } catch (error) {
    if (error instanceof BadInputError) return none;
    throw error;
  }
  const withSections = all
    .flatMap((relations) => descendAll(relations, 'edges', 'node'))
    .some(
      (node) => selects(node, 'sentence') || descendAll(node, 'evidence', 'section').length > 0,
    );
  return { relations: request, withSections, projection: relationProjection(all) };
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
