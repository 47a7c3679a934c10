import { Field, InputType, registerEnumType } from 'type-graphql';
import { ConceptKind, EvidenceBasis } from '../common/common.enums';

export enum ConceptOrder {
  NAME = 'NAME',
  DEGREE = 'DEGREE',
  OUTLINE = 'OUTLINE',
}

registerEnumType(ConceptOrder, {
  name: 'ConceptOrder',
  description: 'Order of a concept list; ties are broken by name, then key.',
  valuesConfig: {
    NAME: { description: 'Alphabetically by English name, ignoring case.' },
    DEGREE: { description: 'Most connected first (number of relations of any type).' },
    OUTLINE: {
      description:
        'Order of first appearance in the paper: by the earliest outline position of the sections the concept has evidence in.',
    },
  },
});

@InputType({ description: 'Restricts a concept list; all given conditions must hold.' })
export class ConceptFilter {
  @Field(() => [ConceptKind], {
    nullable: true,
    description: 'Only these kinds; all when omitted or empty.',
  })
  kinds?: ConceptKind[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Section key (e.g. `caict-blockchain-2020/II.(1)`) or section id: only concepts with evidence in that section or any of its subsections. An unknown section matches nothing.',
  })
  section?: string | null;

  @Field(() => [EvidenceBasis], {
    nullable: true,
    description:
      'Only concepts with evidence of one of these bases (combined with `section`, the same evidence must match both). E.g. [HEADING, SOURCE] leaves out purely editorial placements.',
  })
  basis?: EvidenceBasis[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Plain, case-insensitive substring match on names and aliases in any language.',
  })
  nameContains?: string | null;
}
