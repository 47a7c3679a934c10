import { BadInputError } from '../../graphql/errors';
import { tryFromGlobalId } from '../../graphql/ids';
import { kindsOrAll } from '../common/common.enums';
import { ConceptFilter } from './concept.input';
import { ConceptQuery } from './concept.repository';

const MAX_NEEDLE = 200;

/** Turns the client's filter into repository terms: section id → key, text lower-cased. */
export function toConceptQuery(filter: ConceptFilter | null | undefined): ConceptQuery {
  const needle = filter?.nameContains?.trim().toLowerCase() || null;
  if (needle && needle.length > MAX_NEEDLE) {
    throw new BadInputError(
      'filter.nameContains',
      `nameContains is limited to ${MAX_NEEDLE} characters`,
    );
  }
  return {
    kinds: kindsOrAll(filter?.kinds),
    sectionKey: filter?.section ? sectionKeyOf(filter.section) : null,
    bases: filter?.basis?.length ? filter.basis : null,
    needle,
  };
}

function sectionKeyOf(value: string): string {
  const id = tryFromGlobalId(value);
  if (!id) return value;
  if (id.type !== 'Section') {
    throw new BadInputError(
      'filter.section',
      `"${value}" is the id of a ${id.type}, not of a Section`,
    );
  }
  return id.key;
}
