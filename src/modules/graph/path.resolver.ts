import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../../graphql/context';
import { Lang } from '../common/common.enums';
import { LangArg } from '../common/lang.arg';
import { describeRelation } from '../relation/relation.service';
import { pathExplanation } from '../relation/relation.sentence';
import { PathRecord } from './graph.repository';
import { ConceptPath } from './graph.type';

@Resolver(() => ConceptPath)
export class ConceptPathResolver {
  @FieldResolver(() => String, {
    description:
      'Every hop read as a sentence with its section numbers, e.g. "Cross-chain interoperability enables Wider network scale (II.(2).2). …"',
  })
  async explanation(
    @Root() path: PathRecord,
    @LangArg('the explanation') lang: Lang,
    @Ctx() ctx: Context,
  ) {
    const sentences = await Promise.all(
      path.relations.map((relation) => describeRelation(relation, lang, ctx.loaders)),
    );
    return pathExplanation(sentences, lang);
  }
}
