import { Field, ObjectType } from 'type-graphql';
import { RelationType } from '../common/common.enums';
import { connectionTypes } from '../common/connection.type';
import { Evidence } from '../evidence/evidence.type';
import { Node } from '../common/node.type';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    'A directed, typed link between two concepts, read as "<from> <verb> <to>" (see `sentence`). Each relation carries the evidence placing it in the paper.',
})
export class Relation {
  @Field(() => RelationType, { description: 'What the link means; it reads from `from` to `to`.' })
  type!: RelationType;

  @Field(() => [Evidence], {
    description:
      'Where in the paper this relation is placed and on what basis (HEADING, SOURCE or CURATED); never empty.',
  })
  evidence!: Evidence[];
}

export const { Edge: RelationEdge, Connection: RelationConnection } = connectionTypes(
  'Relation',
  () => Relation,
  'relation',
);
