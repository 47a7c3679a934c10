import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../common/node.type';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    "A heading of a paper's outline: a chapter (level 1) or a subsection below it. Concepts, relations and facts point at sections as their evidence.",
})
export class Section {
  @Field(() => String, {
    description:
      'Human-readable stable key: `<paper key>/<number>`, e.g. `caict-blockchain-2020/II.(2).2`.',
  })
  key!: string;

  @Field(() => String, { description: 'Numbering as printed in the paper, e.g. `II.(1).2`.' })
  number!: string;

  @Field(() => Int, {
    description: 'Depth in the outline: 1 for a chapter, 2 for `II.(1)`, 3 for `II.(1).2`.',
  })
  level!: number;

  @Field(() => Int, {
    description:
      "Position in the paper's outline, counted from 0 across all levels (reading order).",
  })
  order!: number;
}
