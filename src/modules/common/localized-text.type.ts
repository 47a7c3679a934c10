import { Field, ObjectType } from 'type-graphql';
import { Lang } from './common.enums';

@ObjectType({
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
      "True when this is the paper's own wording (or the canonical English name); false for an editors' translation.",
  })
  original!: boolean;
}

/** The English text is always canonical; the Chinese one exists only when a translation does. */
export function localizedTexts(
  en: string,
  zh: string | null,
  zhOriginal: boolean | null,
): LocalizedText[] {
  const texts: LocalizedText[] = [{ lang: Lang.EN, text: en, original: true }];
  if (zh) texts.push({ lang: Lang.ZH, text: zh, original: zhOriginal ?? false });
  return texts;
}

/** Picks the text for `lang`, falling back to English where no Chinese text exists. */
export function pickText(lang: Lang | null | undefined, en: string, zh: string | null): string {
  return lang === Lang.ZH && zh ? zh : en;
}
