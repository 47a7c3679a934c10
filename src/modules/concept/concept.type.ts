import { Field, InterfaceType } from 'type-graphql';
import { ConceptKind } from '../common/common.enums';
import { connectionTypes } from '../common/connection.type';
import { Node } from '../common/node.type';
import { CONCEPT_TYPE_NAMES, ConceptRecord } from './concept.record';

/**
 * The fields shared by every kind; those that take arguments or read more data are declared by
 * ConceptFieldsResolver, which every kind's object type inherits.
 */
@InterfaceType({
  implements: Node,
  description:
    'A concept of the paper: a technology, trend, industry, challenge, suggestion, governance mode, policy, organization or region. Each kind is its own object type; use an inline fragment (`... on Technology { category }`) for kind-specific fields.',
  resolveType: (concept: ConceptRecord) => CONCEPT_TYPE_NAMES[concept.kind],
})
export abstract class Concept extends Node {
  @Field(() => String, {
    description:
      'Human-readable stable key, e.g. `cross-chain`; unique across the graph and across papers.',
  })
  key!: string;

  @Field(() => ConceptKind, {
    description: 'What sort of concept this is; decides its object type.',
  })
  kind!: ConceptKind;
}

export const { Edge: ConceptEdge, Connection: ConceptConnection } = connectionTypes(
  'Concept',
  () => Concept,
  'concept',
);
