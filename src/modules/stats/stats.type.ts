import { Field, Int, ObjectType } from 'type-graphql';
import { ConceptKind } from '../common/common.enums';

@ObjectType({
  simpleResolvers: true,
  description: 'How many concepts of one kind the graph holds.',
})
export class KindCount {
  @Field(() => ConceptKind, { description: 'The kind.' })
  kind!: ConceptKind;

  @Field(() => Int, { description: 'Number of concepts of that kind.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Sizes of the whole graph, across all papers.' })
export class GraphStats {
  @Field(() => Int, { description: 'Number of papers.' })
  papers!: number;

  @Field(() => Int, { description: 'Number of sections (headings at all levels) of all papers.' })
  sections!: number;

  @Field(() => Int, { description: 'Number of concepts of all kinds.' })
  concepts!: number;

  @Field(() => Int, {
    description: 'Number of relations between concepts (of the RelationType types only).',
  })
  relations!: number;

  @Field(() => Int, { description: 'Number of facts.' })
  facts!: number;

  @Field(() => [KindCount], {
    description: 'Concepts per kind; every kind is listed, in ConceptKind order.',
  })
  byKind!: KindCount[];
}
