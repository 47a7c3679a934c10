import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './page-info.type';

/**
 * Builds the Relay edge and connection types for one node type, e.g. ConceptEdge and
 * ConceptConnection, so every connection in the API has the same shape.
 */
export function connectionTypes(name: string, node: () => unknown, what: string) {
  @ObjectType(`${name}Edge`, {
    simpleResolvers: true,
    description: `One ${what} in a page, with its cursor.`,
  })
  class Edge {
    @Field(() => String, {
      description:
        'Opaque position of this edge (its sort key); pass it as `after` or `before`. Stays valid when items are added or removed.',
    })
    cursor!: string;

    @Field(node as () => typeof Edge, { description: `The ${what}.` })
    node!: unknown;
  }

  @ObjectType(`${name}Connection`, {
    simpleResolvers: true,
    description: `A page of ${what}s in a fixed order (Relay connection). Page forward with \`first\` and \`after\`, backward with \`last\` and \`before\` (0 to 100, default first 20).`,
  })
  class Connection {
    @Field(() => [Edge], { description: `The ${what}s of this page, in order.` })
    edges!: Edge[];

    @Field(() => PageInfo, {
      description: 'Whether more pages follow, and the cursor to ask for them.',
    })
    pageInfo!: PageInfo;

    // A promise, read only when selected (see toConnection). Not a simple field: graphql-jit
    // (src/graphql/jit-executor.ts) reads a field without a resolver as a plain value.
    @Field(() => Int, {
      simple: false,
      description: `How many ${what}s match in all pages together (computed only when selected).`,
    })
    totalCount!: number;
  }

  return { Edge, Connection };
}
