import { Field, InputType } from 'type-graphql';
import { ConceptKind, EvidenceBasis, RelationType } from '../common/common.enums';

@InputType({
  description: 'Where in a paper a new concept or relation is evidenced, and how we know.',
})
export class EvidenceInput {
  @Field({ description: 'Key of the paper, e.g. `caict-blockchain-2020`.' })
  paper!: string;

  @Field({ description: 'Section number as printed in the paper, e.g. `II.(1).2`.' })
  section!: string;

  @Field(() => EvidenceBasis, { description: 'HEADING, SOURCE (needs `sourceUrl`) or CURATED.' })
  basis!: EvidenceBasis;

  @Field(() => String, {
    nullable: true,
    description: 'URL of the public source; required for SOURCE only.',
  })
  sourceUrl?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A short note for readers: why this evidence holds.',
  })
  note?: string | null;
}

@InputType({
  description: 'A new concept. Its key must be unused; at least one evidence item is required.',
})
export class CreateConceptInput {
  @Field({ description: 'Stable lower-case kebab-case key, e.g. `zero-knowledge-proof`.' })
  key!: string;

  @Field(() => ConceptKind, { description: 'What sort of concept this is.' })
  kind!: ConceptKind;

  @Field({ description: 'Name in English.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Name in Chinese; stored as a translation.' })
  nameZh?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other names and abbreviations.' })
  aliases?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'One or two sentences a reader learns from.',
  })
  summary?: string | null;

  @Field(() => [EvidenceInput], { description: 'Where the paper covers it, and how we know.' })
  evidence!: EvidenceInput[];
}

@InputType({ description: 'Changes to a concept; fields left out stay as they are.' })
export class UpdateConceptInput {
  @Field(() => String, { nullable: true, description: 'New English name (not empty).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New Chinese name; null removes it.' })
  nameZh?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the aliases.' })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'New summary; null removes it.' })
  summary?: string | null;
}

@InputType({ description: 'A relation between two concepts, named by its ends and type.' })
export class UnlinkInput {
  @Field({ description: 'Key of the concept the relation starts from.' })
  from!: string;

  @Field({ description: 'Key of the concept the relation points to.' })
  to!: string;

  @Field(() => RelationType, { description: 'The relation type.' })
  type!: RelationType;
}

@InputType({ description: 'A typed relation between two concepts, with its evidence.' })
export class LinkInput extends UnlinkInput {
  @Field(() => [EvidenceInput], { description: 'At least one evidence item.' })
  evidence!: EvidenceInput[];
}
