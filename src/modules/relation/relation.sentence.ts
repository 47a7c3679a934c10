import { EvidenceBasis, Lang, RelationType } from '../common/common.enums';

export interface SentenceParts {
  type: RelationType;
  from: string;
  /** The subject's English name is plural ("Smart contracts"), so the English verb agrees. */
  fromPlural?: boolean;
  to: string;
  /** Section numbers as printed, e.g. `II.(2).2`, with their basis, in evidence order. */
  evidence: { section: string; basis: EvidenceBasis }[];
}

// The basis travels with the sentence, so a curated link never reads as the paper's claim.
const BASIS_LABELS: Readonly<Record<Lang, Record<EvidenceBasis, string>>> = {
  EN: { HEADING: 'heading', SOURCE: 'source', CURATED: 'curated' },
  ZH: { HEADING: '标题', SOURCE: '来源', CURATED: '编者整理' },
};
const BASIS_ORDER = [EvidenceBasis.HEADING, EvidenceBasis.SOURCE, EvidenceBasis.CURATED];

/** "heading: II.(1).1; curated: II.(2).2, III.(1)" — each basis once, each section once. */
function whereClause(evidence: SentenceParts['evidence'], lang: Lang): string {
  const zh = lang === Lang.ZH;
  return BASIS_ORDER.flatMap((basis) => {
    const sections = [...new Set(evidence.filter((e) => e.basis === basis).map((e) => e.section))];
    if (!sections.length) return [];
    return [`${BASIS_LABELS[lang][basis]}${zh ? '：' : ': '}${sections.join(zh ? '、' : ', ')}`];
  }).join(zh ? '；' : '; ');
}

/** Each verb in the third person singular and plural: "Smart contracts enable …". */
const EN_VERBS: Readonly<Record<RelationType, { one: string; many: string }>> = {
  PART_OF: { one: 'is part of', many: 'are part of' },
  ENABLES: { one: 'enables', many: 'enable' },
  APPLIED_IN: { one: 'is applied in', many: 'are applied in' },
  DRIVES: { one: 'drives', many: 'drive' },
  CHALLENGES: { one: 'holds back', many: 'hold back' },
  ADDRESSES: { one: 'addresses', many: 'address' },
  SUPPORTS: { one: 'supports', many: 'support' },
  GOVERNS: { one: 'governs', many: 'govern' },
  PARTICIPATES_IN: { one: 'takes part in', many: 'take part in' },
  LOCATED_IN: { one: 'is located in', many: 'are located in' },
  RELATED_TO: { one: 'is related to', many: 'are related to' },
};

// Chinese word order differs by verb ("A是B的组成部分"), so each type has a template. Chinese
// verbs do not inflect for number, so one template serves singular and plural subjects.
const ZH_TEMPLATES: Readonly<Record<RelationType, (from: string, to: string) => string>> = {
  PART_OF: (a, b) => `${a}是${b}的组成部分`,
  ENABLES: (a, b) => `${a}赋能${b}`,
  APPLIED_IN: (a, b) => `${a}应用于${b}`,
  DRIVES: (a, b) => `${a}推动${b}`,
  CHALLENGES: (a, b) => `${a}制约${b}`,
  ADDRESSES: (a, b) => `${a}应对${b}`,
  SUPPORTS: (a, b) => `${a}支撑${b}`,
  GOVERNS: (a, b) => `${a}约束${b}`,
  PARTICIPATES_IN: (a, b) => `${a}参与${b}`,
  LOCATED_IN: (a, b) => `${a}位于${b}`,
  RELATED_TO: (a, b) => `${a}与${b}相关`,
};

/**
 * Reads a relation as one sentence with its section numbers and how we know, e.g.
 * "Cross-chain interoperability enables Wider network scale (curated: II.(2).2)."
 */
export function relationSentence(parts: SentenceParts, lang: Lang = Lang.EN): string {
  const where = whereClause(parts.evidence, lang);
  if (lang === Lang.ZH) {
    return `${ZH_TEMPLATES[parts.type](parts.from, parts.to)}${where ? `（${where}）` : ''}。`;
  }
  const verb = EN_VERBS[parts.type][parts.fromPlural ? 'many' : 'one'];
  return `${parts.from} ${verb} ${parts.to}${where ? ` (${where})` : ''}.`;
}

/** Joins hop sentences into one explanation of a path. */
export function pathExplanation(sentences: string[], lang: Lang = Lang.EN): string {
  return sentences.join(lang === Lang.ZH ? '' : ' ');
}
