import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../../graphql/context';
import { pageWindow, toConnection, windowParams } from '../../graphql/pagination';
import { ConceptKind, Lang } from '../common/common.enums';
import { KindsArg } from '../common/kinds.arg';
import { LangArg } from '../common/lang.arg';
import { LocalizedText, localizedTexts, pickText } from '../common/localized-text.type';
import { PageArgs } from '../common/page.args';
import { ConceptConnection } from '../concept/concept.type';
import { Paper } from '../paper/paper.type';
import { SectionRecord, sectionKey } from './section.record';
import { Section } from './section.type';

/** The list order cursors of a section's concepts belong to. */
const SECTION_CONCEPT_ORDER = 'section-concept';

@Resolver(() => Section)
export class SectionResolver {
  @Query(() => Section, {
    nullable: true,
    description:
      'One section by paper key and printed number, e.g. (`caict-blockchain-2020`, `II.(1).1`); null when unknown.',
  })
  section(
    @Arg('paper', () => String, { description: 'Key of the paper, e.g. `caict-blockchain-2020`.' })
    paper: string,
    @Arg('number', () => String, { description: 'Section number as printed, e.g. `II.(1).1`.' })
    number: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.sectionsByKeys.load(sectionKey(paper, number));
  }

  @FieldResolver(() => String, {
    description:
      "The heading. English titles are the paper's English edition; Chinese titles are editors' translations (see `titles`).",
  })
  title(
    @Root() section: SectionRecord,
    @LangArg('the title; ZH falls back to English when no translation exists') lang: Lang,
  ) {
    return pickText(lang, section.title, section.titleZh);
  }

  @FieldResolver(() => [LocalizedText], { description: 'The heading in every language available.' })
  titles(@Root() section: SectionRecord) {
    // English headings are the publisher's translation, Chinese ones the editors'.
    return localizedTexts(
      { text: section.title, original: false },
      { text: section.titleZh, original: false },
    );
  }

  @FieldResolver(() => Paper, { description: 'The paper this section belongs to.' })
  paper(@Root() section: SectionRecord, @Ctx() ctx: Context) {
    return ctx.loaders.papersByKeys.load(section.paper);
  }

  @FieldResolver(() => Section, {
    nullable: true,
    description: 'The enclosing section; null for a chapter.',
  })
  parent(@Root() section: SectionRecord, @Ctx() ctx: Context) {
    return ctx.loaders.sectionParents.load(section.key);
  }

  @FieldResolver(() => [Section], { description: 'Direct subsections, in reading order.' })
  children(@Root() section: SectionRecord, @Ctx() ctx: Context) {
    return ctx.loaders.sectionChildren.load(section.key);
  }

  @FieldResolver(() => [Section], {
    description: 'From the chapter down to this section (breadcrumbs), this section last.',
  })
  path(@Root() section: SectionRecord, @Ctx() ctx: Context) {
    return ctx.loaders.sectionPaths.load(section.key);
  }

  @FieldResolver(() => ConceptConnection, {
    description:
      'Concepts with evidence in this section or any of its subsections (any basis), in order of first appearance, then by name.',
  })
  concepts(
    @Root() section: SectionRecord,
    @Ctx() ctx: Context,
    @KindsArg() kinds: ConceptKind[],
    @Args(() => PageArgs) page: PageArgs,
  ) {
    const window = pageWindow(page, SECTION_CONCEPT_ORDER);
    const filter = { key: section.key, kinds };
    return ctx.loaders.sectionConceptPages
      .load({ ...filter, ...windowParams(window) })
      .then((rows) =>
        toConnection(rows, window, SECTION_CONCEPT_ORDER, () =>
          ctx.loaders.sectionConceptCounts.load(filter),
        ),
      );
  }
}
