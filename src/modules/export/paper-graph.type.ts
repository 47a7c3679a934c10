import { Field, ObjectType } from 'type-graphql';
import { Concept } from '../concept/concept.type';
import { Relation } from '../relation/relation.type';

/** Most concepts `graph` answers with; larger graphs are for the file exports. */
export const PAPER_GRAPH_MAX_CONCEPTS = 2000;

@ObjectType({
  simpleResolvers: true,
  description: `A paper's whole concept graph (or the part the filters keep) in one answer, for whole-graph views. At most ${PAPER_GRAPH_MAX_CONCEPTS} concepts; larger graphs are downloaded from GET /export/<paper>.json.`,
})
export class PaperGraph {
  @Field(() => [Concept], { description: 'The concepts, by key.' })
  nodes!: Concept[];

  @Field(() => [Relation], {
    description:
      'Every relation between two concepts of `nodes` that the paper places on one of the requested bases, by from, type and to.',
  })
  edges!: Relation[];
}
