import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../../graphql/context';
import { selectionOf, selects } from '../../graphql/lookahead';
import { Lang } from '../common/common.enums';
import { LangArg } from '../common/lang.arg';
import { LocalizedText, localizedTexts, pickText } from '../common/localized-text.type';
import { Concept } from '../concept/concept.type';
import { Section } from '../section/section.type';
import { primeOutline } from './paper.outline';
import { findPaper, findPaperWithOutline, listPapers, PaperRecord } from './paper.repository';
import { Paper } from './paper.type';

@Resolver(() => Paper)
export class PaperResolver {
  @Query(() => [Paper], { description: 'Every paper in the graph, oldest first.' })
  papers(@Ctx() ctx: Context) {
    return listPapers(ctx.db);
  }

  @Query(() => Paper, { nullable: true, description: 'One paper by key; null when unknown.' })
  async paper(
    @Arg('key', () => String, { description: 'Key of the paper, e.g. `caict-blockchain-2020`.' })
    key: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const selection = selectionOf(info);
    if (!selects(selection, 'outline') && !selects(selection, 'sectionCount')) {
      return findPaper(ctx.db, key);
    }
    // The outline at every depth in one statement; its fields find it in the loaders.
    const found = await findPaperWithOutline(ctx.db, key);
    if (found) primeOutline(ctx.loaders, found);
    return found?.paper ?? null;
  }

  @FieldResolver(() => String, {
    description: 'The title; ZH falls back to English when no Chinese title is known.',
  })
  title(@Root() paper: PaperRecord, @LangArg('the title') lang: Lang) {
    return pickText(lang, paper.title, paper.titleZh);
  }

  @FieldResolver(() => [LocalizedText], {
    description: "The title in every language available; `original` marks the paper's own wording.",
  })
  titles(@Root() paper: PaperRecord) {
    return localizedTexts(
      { text: paper.title, original: paper.titleOriginal },
      { text: paper.titleZh, original: paper.titleZhOriginal },
    );
  }

  @FieldResolver(() => Concept, {
    nullable: true,
    description: 'The organization that published the paper.',
  })
  publisher(@Root() paper: PaperRecord, @Ctx() ctx: Context) {
    return ctx.loaders.paperPublishers.load(paper.key);
  }

  @FieldResolver(() => [Section], {
    description: 'Top-level chapters in order; children nest below.',
  })
  outline(@Root() paper: PaperRecord, @Ctx() ctx: Context) {
    return ctx.loaders.paperOutlines.load(paper.key);
  }

  @FieldResolver(() => Int, { description: 'Number of headings of the paper at all levels.' })
  sectionCount(@Root() paper: PaperRecord, @Ctx() ctx: Context) {
    return ctx.loaders.paperSectionCounts.load(paper.key);
  }
}
