import { ConceptLoaders, createConceptLoaders } from '../modules/concept/concept.loader';
import { createEvidenceLoaders, EvidenceLoaders } from '../modules/evidence/evidence.loader';
import { createFactLoaders, FactLoaders } from '../modules/fact/fact.loader';
import { createPaperLoaders, PaperLoaders } from '../modules/paper/paper.loader';
import { createRelationLoaders, RelationLoaders } from '../modules/relation/relation.loader';
import { createSectionLoaders, SectionLoaders } from '../modules/section/section.loader';
import { Database } from '../neo4j/database';

/**
 * Per-request DataLoaders, one per field that reads more data; each batches its keys into one
 * UNWIND query, so a request's round trips grow with its depth, not with the number of items.
 */
export type Loaders = ConceptLoaders &
  EvidenceLoaders &
  RelationLoaders &
  SectionLoaders &
  PaperLoaders &
  FactLoaders;

export function createLoaders(db: Database): Loaders {
  const concepts = createConceptLoaders(db);
  return {
    ...concepts,
    ...createEvidenceLoaders(db),
    ...createRelationLoaders(db, concepts.conceptsByKeys),
    ...createSectionLoaders(db),
    ...createPaperLoaders(db),
    ...createFactLoaders(db),
  };
}
