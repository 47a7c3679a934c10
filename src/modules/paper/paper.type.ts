import { Field, ObjectType } from 'type-graphql';
import { Node } from '../common/node.type';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    'A published white paper whose concepts make up the graph. Several papers (e.g. later editions) can live side by side.',
})
export class Paper {
  @Field(() => String, { description: 'Human-readable stable key, e.g. `caict-blockchain-2020`.' })
  key!: string;

  @Field(() => String, { nullable: true, description: 'Release date, ISO 8601 (YYYY-MM-DD).' })
  publishedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Where and how the paper was released.' })
  event!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Address of the publisher's page for the paper.",
  })
  url!: string | null;
}
