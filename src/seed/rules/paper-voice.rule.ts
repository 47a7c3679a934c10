import { problemAt, SeedRule } from './rule.types';

/**
 * Wording that speaks for the paper: "the paper says / argues / focuses on …", "named by the
 * paper", "according to the paper", 白皮书指出 / 认为 … Only a source can tell what the paper says.
 */
const SAYING =
  'says|said|argues|argued|states|stated|focus(?:es|ed)?|points? out|pointed out|notes|noted|' +
  'finds|found|describes|described|sees|expects|predicts|stresses|emphasi[sz]es|highlights|' +
  'believes|considers|calls for|recommends|suggests|proposes|warns|claims|shows|names|named|' +
  'view|analysis|review';
const VOICE: RegExp[] = [
  new RegExp(`\\b(?:the|this|its) (?:white )?paper(?:'s)? (?:\\w+ )?(?:${SAYING})\\b`, 'i'),
  /\b(?:named|described|stressed|highlighted|noted|argued|proposed|recommended|identified|seen) (?:\w+ )?by the (?:white )?paper\b/i,
  /\baccording to the (?:white )?paper\b/i,
  /(?:白皮书|该文)(?:中)?(?:指出|认为|提出|强调|表示|称|显示|预计|建议|聚焦|关注|分析|总结|归纳|列出)/,
  /据白皮书|白皮书的?(?:重点|观点|看法)/,
];

export const speaksForPaper = (text: string): boolean =>
  VOICE.some((pattern) => pattern.test(text));

/**
 * A summary or statement that speaks for the paper needs SOURCE evidence behind it; a heading
 * names a thing but says nothing more, and curated knowledge is never the paper's claim.
 */
export const paperVoice: SeedRule = (drafts) =>
  drafts.flatMap((draft) =>
    [
      ...draft.concepts.map((c) => ({ item: c, texts: [c.summary, c.summaryZh] })),
      ...draft.facts.map((f) => ({ item: f, texts: [f.statement, f.statementZh] })),
    ].flatMap(({ item, texts }) => {
      if (item.evidence.some((e) => e.basis === 'SOURCE')) return [];
      const text = texts.find((t) => t !== undefined && speaksForPaper(t));
      if (!text) return [];
      return [
        problemAt(
          item,
          `"${item.key}" speaks for the paper ("${text}") with only HEADING or CURATED evidence; ` +
            'describe the idea itself, or cite a source that says so',
        ),
      ];
    }),
  );
