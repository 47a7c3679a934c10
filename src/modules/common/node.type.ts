import { Field, ID, InterfaceType } from 'type-graphql';
import { tryFromGlobalId } from '../../graphql/ids';

@InterfaceType({
  description:
    'Anything with a stable, opaque global id (Relay Object Identification). Fetch it again with `node(id:)`.',
  // Every record carries the id it was given, and the id names its GraphQL type.
  resolveType: (value: { id: string }) => tryFromGlobalId(value.id)?.type,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id; stable across requests and deployments.' })
  id!: string;
}
