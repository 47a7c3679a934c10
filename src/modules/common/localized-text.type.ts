import { Field, ObjectType } from 'type-graphql';
import { Lang } from './common.enums';

@ObjectType({
  simpleResolvers: true,
  description:
    "A localized text; `original` tells whether this is the paper's own wording or a translation.",
})
export class LocalizedText {
  @Field(() => Lang, { description: 'Language of `text`.' })
  lang!: Lang;

  @Field(() => String, { description: 'The text itself.' })
  text!: string;

  @Field(() => Boolean, {
    description:
      "True when this is the paper's own wording, in the language the paper was written in (for CAICT's paper, Chinese that a source gives verbatim). False for translations — the publisher's English title and headings included — and for names the editors chose. At most one text of a name is original.",
  })
  original!: boolean;
}

/** The English text always exists; the Chinese one only where the graph holds it. */
export function localizedTexts(
  en: { text: string; original: boolean | null },
  zh: { text: string | null; original: boolean | null },
): LocalizedText[] {
  const texts: LocalizedText[] = [{ lang: Lang.EN, text: en.text, original: en.original ?? false }];
  if (zh.text) texts.push({ lang: Lang.ZH, text: zh.text, original: zh.original ?? false });
  return texts;
}

/** Picks the text for `lang`, falling back to English where no Chinese text exists. */
export function pickText(lang: Lang | null | undefined, en: string, zh: string | null): string {
  return lang === Lang.ZH && zh ? zh : en;
}
