import { Field, Int, ObjectType } from 'type-graphql';
import { Concept } from '../concept/concept.type';
import { Relation } from '../relation/relation.type';
import { Section } from '../section/section.type';

@ObjectType({
  simpleResolvers: true,
  description:
    'A bounded, flat piece of the graph for visualisations: concepts as nodes, the relations among them as edges.',
})
export class Subgraph {
  @Field(() => [Concept], {
    description: 'The concepts, the centre first, then nearest first (by hops), then by name.',
  })
  nodes!: Concept[];

  @Field(() => [Relation], {
    description:
      'Every relation (of the requested types) between two concepts of `nodes`, with its real direction.',
  })
  edges!: Relation[];

  @Field(() => Boolean, {
    description: 'True when `limit` cut the result; the client can ask for more.',
  })
  truncated!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A chain of relations linking two concepts. Traversal ignores direction, but every relation keeps its real direction, so a hop may run against the reading order.',
})
export class ConceptPath {
  @Field(() => Int, { description: 'Number of hops (relations).' })
  length!: number;

  @Field(() => [Concept], {
    description: 'The concepts along the path, from `from` to `to`; length + 1 of them.',
  })
  concepts!: Concept[];

  @Field(() => [Relation], {
    description: 'The relations along the path, one per hop, in path order.',
  })
  relations!: Relation[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'A concept tied to some of the same sections as another concept.',
})
export class CoMention {
  @Field(() => Concept, { description: 'The other concept.' })
  concept!: Concept;

  @Field(() => [Section], {
    description: 'The sections both concepts have evidence in, in outline order.',
  })
  sharedSections!: Section[];

  @Field(() => Int, { description: 'How many sections they share.' })
  count!: number;
}
