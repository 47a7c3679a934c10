import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Context } from '../../graphql/context';
import { toConnection } from '../../graphql/pagination';
import { Direction, Lang, relationTypesOrAll } from '../common/common.enums';
import { LangArg } from '../common/lang.arg';
import { Evidence } from '../evidence/evidence.type';
import { LocalizedText, localizedTexts, pickText } from '../common/localized-text.type';
import { RELATION_ORDER, RelationArgs, relationPageRequest } from '../relation/relation.args';
import { RelationConnection } from '../relation/relation.type';
import { Section } from '../section/section.type';
import { ConceptRecord } from './concept.record';
import { aliasesIn } from './concept.aliases';
import { Concept } from './concept.type';

/** Fields of the Concept interface that take arguments or read more data; every kind inherits them. */
@Resolver(() => Concept)
export class ConceptFieldsResolver {
  @FieldResolver(() => String, {
    description:
      "The name. ZH gives the Chinese name (see `names` for whether it is the paper's wording or a translation) and falls back to English when none exists.",
  })
  name(@Root() concept: ConceptRecord, @LangArg('the name') lang: Lang) {
    return pickText(lang, concept.name, concept.nameZh);
  }

  @FieldResolver(() => [LocalizedText], {
    description:
      "The name in every language available; `original` is false for editors' translations.",
  })
  names(@Root() concept: ConceptRecord) {
    return localizedTexts(
      { text: concept.name, original: concept.nameOriginal },
      { text: concept.nameZh, original: concept.nameZhOriginal },
    );
  }

  @FieldResolver(() => [String], {
    description:
      'Other names, abbreviations and spellings. Without `lang`, all of them; with EN or ZH, only those written in that language.',
  })
  aliases(
    @Root() concept: ConceptRecord,
    // A filter rather than the language of the answer (absent means every language), so not LangArg.
    @Arg('lang', () => Lang, { nullable: true, description: 'Only aliases in this language.' })
    lang: Lang | null,
  ) {
    return aliasesIn(concept.aliases, lang);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'A short explanation written by the editors for readers new to the topic. ZH returns null when no Chinese summary exists rather than a machine translation.',
  })
  summary(@Root() concept: ConceptRecord, @LangArg('the summary') lang: Lang) {
    return lang === Lang.ZH ? concept.summaryZh : concept.summary;
  }

  @FieldResolver(() => [Evidence], {
    description:
      'Every section the concept is tied to, with the basis of each tie (HEADING, SOURCE or CURATED), in outline order.',
  })
  evidence(@Root() concept: ConceptRecord, @Ctx() ctx: Context) {
    return ctx.loaders.conceptEvidence.load(concept.key);
  }

  @FieldResolver(() => [Section], {
    description: 'The distinct sections of its evidence, in outline order (whatever the basis).',
  })
  async sections(@Root() concept: ConceptRecord, @Ctx() ctx: Context) {
    const evidence = await ctx.loaders.conceptEvidence.load(concept.key);
    const keys = [...new Set(evidence.map((e) => e.sectionKey))];
    const sections = await ctx.loaders.sectionsByKeys.loadMany(keys);
    return sections.filter((s) => s && !(s instanceof Error));
  }

  @FieldResolver(() => RelationConnection, {
    description:
      'Relations this concept takes part in, ordered by type, then by the name of the concept at the other end.',
  })
  async relations(
    @Root() concept: ConceptRecord,
    @Ctx() ctx: Context,
    @Args(() => RelationArgs) args: RelationArgs,
  ) {
    const { window, request } = relationPageRequest(concept.key, args);
    const page = await ctx.loaders.relationPages.load(request);
    return toConnection(page.rows, window, RELATION_ORDER, async () => page.total);
  }

  @FieldResolver(() => Int, {
    description: 'Number of relations of any type, in either direction.',
  })
  degree(@Root() concept: ConceptRecord, @Ctx() ctx: Context) {
    return ctx.loaders.relationCounts.load({
      key: concept.key,
      direction: Direction.BOTH,
      types: relationTypesOrAll(null),
      kinds: null,
    });
  }
}
