import { EvidenceBasis, Lang, RelationType } from '../../src/modules/common/common.enums';
import { relationSentence } from '../../src/modules/relation/relation.sentence';
import { SEED_DIR } from '../../src/core/paths';
import { readFolderDraft } from '../../src/seed/seed.folder';
import { seedFolderPaths } from '../../src/seed/seed.reader';
import { ConceptSpec } from '../../src/seed/seed.types';

/**
 * Every relation of the real seed, read as a sentence in both languages, must read correctly.
 * The folders are read on their own (seed-validator.test.ts checks the seed is valid), since jest
 * needs the relations for its test table as it loads this file.
 */

const papers = seedFolderPaths(SEED_DIR).map((dir) => readFolderDraft(dir, false).draft);
const concepts = new Map<string, ConceptSpec>(
  papers.flatMap((paper) => paper.concepts.map((c) => [c.key, c] as const)),
);
const relations = papers.flatMap((paper) => paper.relations);

const sentence = (relation: (typeof relations)[number], lang: Lang) => {
  const from = concepts.get(relation.from)!;
  const to = concepts.get(relation.to)!;
  const zh = lang === Lang.ZH;
  return relationSentence(
    {
      type: relation.type as RelationType,
      from: zh ? from.nameZh : from.name,
      fromPlural: from.plural,
      to: zh ? to.nameZh : to.name,
      evidence: relation.evidence.map((e) => ({
        section: e.section,
        basis: e.basis as EvidenceBasis,
      })),
    },
    lang,
  );
};

/** "is", "enables", "holds" agree with one; "are", "enable", "address" with many. */
const singularVerb = (word: string) => word === 'is' || (/s$/.test(word) && !/ss$/.test(word));

const cases = relations.map((r) => [`${r.from} ${r.type} ${r.to}`, r] as const);

describe('relation sentences of the seed', () => {
  test('the seed has relations to read', () => expect(relations.length).toBeGreaterThan(400));

  test.each(cases)('%s reads correctly in English', (_, relation) => {
    const from = concepts.get(relation.from)!;
    const text = sentence(relation, Lang.EN);
    expect(text.startsWith(`${from.name} `)).toBe(true);
    const verb = text.slice(from.name.length + 1).split(' ')[0];
    expect({ subject: from.name, verb, singular: singularVerb(verb) }).toEqual({
      subject: from.name,
      verb,
      singular: !from.plural,
    });
    expect(text).not.toMatch(/\b(\w+) \1\b/i);
    expect(text).toMatch(/ \((?:heading|source|curated): [^()]*(?:\([^()]*\)[^()]*)*\)\.$/);
  });

  test.each(cases)('%s reads correctly in Chinese', (_, relation) => {
    const from = concepts.get(relation.from)!;
    const to = concepts.get(relation.to)!;
    const text = sentence(relation, Lang.ZH);
    expect(text.startsWith(from.nameZh)).toBe(true);
    expect(text).toContain(to.nameZh);
    // A verb or particle doubled where a name meets the template ("推动推动", "的的").
    expect(text).not.toMatch(
      /(是是|的的|于于|推动推动|赋能赋能|应用于应用|支撑支撑|参与参与|制约制约|应对应对|约束约束|位于位于|相关相关)/,
    );
    expect(text).toMatch(/（(?:标题|来源|编者整理)：[^（）]*(?:（[^（）]*）[^（）]*)*）。$/);
  });

  test('a name made of plural nouns is marked plural', () => {
    // Only plain noun phrases are judged: proper names (organisations, regions) and gerund
    // phrases ("Exploring sustainable business models", one activity) are left alone.
    const plain = [...concepts.values()].filter(
      (c) =>
        !['ORGANIZATION', 'REGION'].includes(c.kind) &&
        !/^\w+ing /.test(c.name) &&
        !/[(:]| (of|for|on|in|with|that|to|toward|before|under|after|between|as|by|from) /.test(
          c.name,
        ),
    );
    const looksPlural = plain.filter((c) => {
      const last = c.name.split(' ').pop()!;
      return /s$/.test(last) && !/(ss|us|is|ics)$/.test(last);
    });
    expect(looksPlural.filter((c) => !c.plural).map((c) => c.name)).toEqual([]);
  });
});
