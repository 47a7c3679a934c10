import { Field, ObjectType } from 'type-graphql';
import { EvidenceBasis } from '../common/common.enums';

@ObjectType({
  description:
    'Why a concept, relation or fact is tied to a section of the paper, and how strong that tie is. Check `basis`: only HEADING and SOURCE are claims about the paper; CURATED is an editorial placement.',
})
export class Evidence {
  @Field(() => EvidenceBasis, {
    description:
      "HEADING: the paper's heading names it. SOURCE: a public source about the paper states it (see `sourceUrl`). CURATED: the editors' domain knowledge placed under the section, not a claim of the paper.",
  })
  basis!: EvidenceBasis;

  @Field(() => String, {
    nullable: true,
    description: 'Address of the public source; always set when `basis` is SOURCE, otherwise null.',
  })
  sourceUrl!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The fragment of the source, in the source's own language, that supports the item: the ground of a SOURCE claim. Set for SOURCE evidence from the seed; null for HEADING and CURATED.",
  })
  quote!: string | null;

  @Field(() => String, { nullable: true, description: "Editors' remark on this evidence, if any." })
  note!: string | null;
}
