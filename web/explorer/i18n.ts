import { createContext, useContext } from 'react';
import type {
  ConceptKindName,
  EvidenceBasisName,
  RelationTypeName,
} from '../../src/core/graph-vocabulary';

export type Lang = 'EN' | 'ZH';

/** The language the reader chose; every bilingual text of the API is shown in it. */
export const LangContext = createContext<Lang>('EN');
export const useLang = () => useContext(LangContext);

/** Picks the Chinese text when the reader chose Chinese and one exists. */
export function pick(lang: Lang, en: string, zh?: string | null): string {
  return lang === 'ZH' && zh ? zh : en;
}

const UI = {
  title: ['White-paper graph explorer', '白皮书知识图谱浏览器'],
  paperTitle: ['White Paper on Blockchain (2020)', '区块链白皮书（2020年）'],
  skip: ['Skip to content', '跳到正文'],
  searchLabel: ['Search concepts', '搜索概念'],
  searchPlaceholder: ['Search in English or 中文…', '输入中文或 English…'],
  noHits: ['No concept matches', '没有匹配的概念'],
  outline: ['Outline', '目录'],
  pathFinder: ['Path finder', '路径查找'],
  wholeGraph: ['Whole graph', '全图'],
  graphiql: ['GraphiQL', 'GraphiQL'],
  switchLang: ['中文', 'English'],
  switchLangLabel: ['Show texts in Chinese', '以英文显示文字'],
  loading: ['Loading…', '加载中…'],
  notFound: ['No concept with this key.', '没有这个概念。'],
  sectionNotFound: ['No section with this number.', '没有这个章节。'],
  pageNotFound: ['Nothing at this address.', '此地址没有内容。'],
  toOutline: ['Go to the outline', '前往目录'],
  names: ['Names', '名称'],
  original: ['paper’s wording', '原文用词'],
  translation: ['translation', '译名'],
  aliases: ['Also called', '又称'],
  evidence: ['Where the paper covers it', '在白皮书中的位置'],
  source: ['source', '来源'],
  facts: ['Facts', '事实'],
  relations: ['Relations', '关系'],
  noRelations: ['No relations.', '没有关系。'],
  neighbourhood: ['Neighbourhood', '邻域'],
  depth: ['Depth', '深度'],
  truncated: [
    'The neighbourhood is larger than the limit: only the nearest concepts are shown.',
    '邻域超出上限：只显示最近的概念。',
  ],
  fit: ['Fit', '适应'],
  zoomIn: ['Zoom in', '放大'],
  zoomOut: ['Zoom out', '缩小'],
  graphAsList: ['The graph as a list', '以列表显示图'],
  nodes: ['Concepts', '概念'],
  edges: ['Relations', '关系'],
  from: ['From', '起点'],
  to: ['To', '终点'],
  pathIntro: [
    'Pick two concepts: the shortest chains of relations between them are drawn and explained hop by hop.',
    '选择两个概念：显示它们之间最短的关系链，并逐跳说明。',
  ],
  noPath: ['Nothing links them within four hops.', '四跳之内没有连接。'],
  path: ['Path', '路径'],
  hop: ['hop', '跳'],
  hops: ['hops', '跳'],
  change: ['change', '更换'],
  conceptsUnder: ['concepts', '个概念'],
  relationsUnder: ['relations', '条关系'],
  sectionConcepts: ['Concepts in this section', '本节的概念'],
  coMentioned: ['Discussed in the same sections as', '与之在相同章节讨论的概念：'],
  sharedSections: ['shared sections', '共同章节'],
  coMentions: ['co-mentions', '共现概念'],
  noCoMentions: ['Nothing else shares its sections.', '没有其他概念共享这些章节。'],
  kinds: ['Kinds', '类型'],
  bases: ['Evidence', '依据'],
  showing: ['Showing', '显示'],
  more: ['Show more', '显示更多'],
  curatedNote: [
    'Curated: placed here by the editors, not a claim of the paper.',
    '编辑整理：由编辑放在此处，并非白皮书的说法。',
  ],
} satisfies Record<string, [string, string]>;

export type UiText = keyof typeof UI;

export function t(lang: Lang, key: UiText): string {
  return UI[key][lang === 'EN' ? 0 : 1];
}

export const KIND_NAMES: Readonly<Record<string, [string, string]>> = {
  TECHNOLOGY: ['Technology', '技术'],
  TREND: ['Trend', '趋势'],
  INDUSTRY: ['Industry', '行业'],
  CHALLENGE: ['Challenge', '挑战'],
  SUGGESTION: ['Suggestion', '建议'],
  GOVERNANCE_MODE: ['Governance mode', '治理模式'],
  POLICY: ['Policy', '政策'],
  ORGANIZATION: ['Organization', '组织'],
  REGION: ['Region', '地区'],
} satisfies Record<ConceptKindName, [string, string]>;

export const RELATION_NAMES: Readonly<Record<string, [string, string]>> = {
  ADDRESSES: ['Addresses', '应对'],
  APPLIED_IN: ['Applied in', '应用于'],
  CHALLENGES: ['Challenges', '挑战'],
  DRIVES: ['Drives', '推动'],
  ENABLES: ['Enables', '使能'],
  GOVERNS: ['Governs', '治理'],
  LOCATED_IN: ['Located in', '位于'],
  PARTICIPATES_IN: ['Participates in', '参与'],
  PART_OF: ['Part of', '属于'],
  RELATED_TO: ['Related to', '相关'],
  SUPPORTS: ['Supports', '支持'],
} satisfies Record<RelationTypeName, [string, string]>;

export const BASIS_NAMES: Readonly<Record<string, [string, string]>> = {
  HEADING: ['heading', '标题'],
  SOURCE: ['source', '来源'],
  CURATED: ['curated', '编辑整理'],
} satisfies Record<EvidenceBasisName, [string, string]>;

export function named(table: Record<string, [string, string]>, lang: Lang, value: string): string {
  const names = table[value];
  return names ? names[lang === 'EN' ? 0 : 1] : value;
}
