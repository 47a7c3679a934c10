import { Field, Float, ObjectType } from 'type-graphql';
import { Concept } from '../concept/concept.type';

@ObjectType({
  simpleResolvers: true,
  description: 'A concept found by `search`, with its relevance.',
})
export class SearchHit {
  @Field(() => Concept, { description: 'The concept found.' })
  concept!: Concept;

  @Field(() => Float, {
    description:
      'Relevance (higher is better); comparable only within one search, not across searches.',
  })
  score!: number;
}
