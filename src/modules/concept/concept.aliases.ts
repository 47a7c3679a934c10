import { Lang } from '../common/common.enums';

// Aliases are stored as one mixed list; an alias is Chinese when it contains a Han character.
const HAN = /\p{Script=Han}/u;

export function aliasesIn(aliases: string[], lang: Lang | null | undefined): string[] {
  if (!lang) return aliases;
  return aliases.filter((alias) => HAN.test(alias) === (lang === Lang.ZH));
}
