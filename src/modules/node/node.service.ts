import { BadInputError } from '../../graphql/errors';
import { fromGlobalId } from '../../graphql/ids';
import { Loaders } from '../../graphql/loaders';
import { CONCEPT_TYPE_NAME_SET, CONCEPT_TYPE_NAMES } from '../concept/concept.record';

/** Loads what a global id names; null when it names nothing (any more). */
export async function loadNode(id: string, field: string, loaders: Loaders) {
  const { type, key } = fromGlobalId(id, field);
  if (type === 'Paper') return loaders.papersByKeys.load(key);
  if (type === 'Section') return loaders.sectionsByKeys.load(key);
  if (type === 'Fact') return loaders.factsByKeys.load(key);
  if (type === 'Relation') return loaders.relationsByKeys.load(key);
  if (CONCEPT_TYPE_NAME_SET.has(type)) {
    const concept = await loaders.conceptsByKeys.load(key);
    // An id minted for another kind does not name this concept.
    return concept && CONCEPT_TYPE_NAMES[concept.kind] === type ? concept : null;
  }
  throw new BadInputError(field, `"${id.slice(0, 60)}" is not a valid id`);
}
