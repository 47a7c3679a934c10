import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from '../common/node.type';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    'A figure or statement reported about the paper (for example by its launch report), with the concepts it is about and where it was stated.',
})
export class Fact {
  @Field(() => String, {
    description: 'Human-readable stable key, e.g. `release-at-trusted-blockchain-summit-2020`.',
  })
  key!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The number stated, when the fact is a figure.',
  })
  value!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Unit of `value`, e.g. `enterprises` or `CNY billion`.',
  })
  unit!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Date the fact refers to (ISO 8601, may be a year or month only).',
  })
  asOf!: string | null;
}
