import { createParameterDecorator } from 'type-graphql';
import { Lang } from './common.enums';

/**
 * The `lang` argument of a field that answers with text in one language, declared once for all
 * of them: English unless asked (an explicit null too), described as "Language of <what>.".
 */
export function LangArg(what: string) {
  return createParameterDecorator(({ args }) => (args.lang as Lang | null | undefined) ?? Lang.EN, {
    arg: {
      name: 'lang',
      typeFunc: () => Lang,
      options: { nullable: true, defaultValue: Lang.EN, description: `Language of ${what}.` },
    },
  });
}
