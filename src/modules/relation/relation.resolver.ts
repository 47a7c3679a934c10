import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../../graphql/context';
import { Lang } from '../common/common.enums';
import { LangArg } from '../common/lang.arg';
import { Concept } from '../concept/concept.type';
import { RelationRecord } from './relation.record';
import { describeRelation } from './relation.service';
import { Relation } from './relation.type';

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => Concept, { description: 'The subject of the relation.' })
  from(@Root() relation: RelationRecord, @Ctx() ctx: Context) {
    return relation.ends?.from ?? ctx.loaders.conceptsByKeys.load(relation.from);
  }

  @FieldResolver(() => Concept, { description: 'The object of the relation.' })
  to(@Root() relation: RelationRecord, @Ctx() ctx: Context) {
    return relation.ends?.to ?? ctx.loaders.conceptsByKeys.load(relation.to);
  }

  @FieldResolver(() => String, {
    description:
      "The relation read as a sentence with its evidence sections grouped by basis, e.g. 'Cross-chain interoperability enables Wider network scale (curated: II.(2).2).' `heading` means the paper's headings give the link, `source` a cited source states it, `curated` the editors placed it there (not a claim of the paper). In Chinese, concept names fall back to English where no Chinese name exists.",
  })
  sentence(
    @Root() relation: RelationRecord,
    @LangArg('the sentence') lang: Lang,
    @Ctx() ctx: Context,
  ) {
    return describeRelation(relation, lang, ctx.loaders);
  }
}
