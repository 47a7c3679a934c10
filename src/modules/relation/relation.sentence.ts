import { Lang, RelationType } from '../common/common.enums';

export interface SentenceParts {
  type: RelationType;
  from: string;
  to: string;
  /** Section numbers as printed, e.g. `II.(2).2`, in evidence order. */
  sections: string[];
}

const EN_VERBS: Readonly<Record<RelationType, string>> = {
  PART_OF: 'is part of',
  ENABLES: 'enables',
  APPLIED_IN: 'is applied in',
  DRIVES: 'drives',
  CHALLENGES: 'holds back',
  ADDRESSES: 'addresses',
  SUPPORTS: 'supports',
  GOVERNS: 'governs',
  PARTICIPATES_IN: 'takes part in',
  LOCATED_IN: 'is located in',
  RELATED_TO: 'is related to',
};

// Chinese word order differs by verb ("A是B的组成部分"), so each type has a template.
const ZH_TEMPLATES: Readonly<Record<RelationType, (from: string, to: string) => string>> = {
  PART_OF: (a, b) => `${a}是${b}的组成部分`,
  ENABLES: (a, b) => `${a}赋能${b}`,
  APPLIED_IN: (a, b) => `${a}应用于${b}`,
  DRIVES: (a, b) => `${a}推动${b}`,
  CHALLENGES: (a, b) => `${a}制约${b}`,
  ADDRESSES: (a, b) => `${a}应对${b}`,
  SUPPORTS: (a, b) => `${a}支撑${b}`,
  GOVERNS: (a, b) => `${a}规范${b}`,
  PARTICIPATES_IN: (a, b) => `${a}参与${b}`,
  LOCATED_IN: (a, b) => `${a}位于${b}`,
  RELATED_TO: (a, b) => `${a}与${b}相关`,
};

/**
 * Reads a relation as one sentence with its section numbers, e.g.
 * "Cross-chain interoperability enables Wider network scale (II.(2).2)."
 */
export function relationSentence(parts: SentenceParts, lang: Lang = Lang.EN): string {
  const sections = [...new Set(parts.sections)];
  if (lang === Lang.ZH) {
    const where = sections.length ? `（${sections.join('、')}）` : '';
    return `${ZH_TEMPLATES[parts.type](parts.from, parts.to)}${where}。`;
  }
  const where = sections.length ? ` (${sections.join(', ')})` : '';
  return `${parts.from} ${EN_VERBS[parts.type]} ${parts.to}${where}.`;
}

/** Joins hop sentences into one explanation of a path. */
export function pathExplanation(sentences: string[], lang: Lang = Lang.EN): string {
  return sentences.join(lang === Lang.ZH ? '' : ' ');
}
