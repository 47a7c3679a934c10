import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A published white paper whose concepts make up the graph.' })
export class Paper {
  @Field({ description: 'Human-readable stable key, e.g. `caict-blockchain-2020`.' })
  key!: string;

  @Field({ description: 'Title in English.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Release date, ISO 8601 (YYYY-MM-DD).' })
  publishedOn!: string | null;
}
