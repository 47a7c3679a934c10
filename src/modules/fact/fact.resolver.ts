import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../../graphql/context';
import { Lang } from '../common/common.enums';
import { FirstArg } from '../common/first.arg';
import { LangArg } from '../common/lang.arg';
import { Evidence } from '../evidence/evidence.type';
import { pickText } from '../common/localized-text.type';
import { Concept } from '../concept/concept.type';
import { FactRecord } from './fact.record';
import { listFacts } from './fact.repository';
import { Fact } from './fact.type';

@Resolver(() => Fact)
export class FactResolver {
  @Query(() => [Fact], {
    description:
      'Facts reported about the paper, ordered by key; only those about one concept when `about` is given.',
  })
  facts(
    @Ctx() ctx: Context,
    @Arg('about', () => String, {
      nullable: true,
      description: 'Key of a concept the facts must be about; an unknown key gives an empty list.',
    })
    about: string | null,
    @FirstArg('facts', 100, 20) first: number,
  ) {
    return listFacts(ctx.db, about ?? null, first);
  }

  @FieldResolver(() => String, {
    description:
      'The statement; ZH gives the Chinese statement, falling back to English when none exists.',
  })
  statement(@Root() fact: FactRecord, @LangArg('the statement') lang: Lang) {
    return pickText(lang, fact.statement, fact.statementZh);
  }

  @FieldResolver(() => [Concept], { description: 'The concepts the fact is about, by name.' })
  about(@Root() fact: FactRecord, @Ctx() ctx: Context) {
    return ctx.loaders.factAbout.load(fact.key);
  }

  @FieldResolver(() => [Evidence], { description: 'Where the fact was stated and on what basis.' })
  evidence(@Root() fact: FactRecord, @Ctx() ctx: Context) {
    return ctx.loaders.factEvidence.load(fact.key);
  }
}
