import { ALL_RELATION_TYPES, Lang, RelationType } from '../../src/modules/common/common.enums';
import { pathExplanation, relationSentence } from '../../src/modules/relation/relation.sentence';

describe('relationSentence', () => {
  it('reads a relation with its section numbers', () => {
    expect(
      relationSentence({
        type: RelationType.ENABLES,
        from: 'Cross-chain interoperability',
        to: 'Wider network scale',
        sections: ['II.(2).2'],
      }),
    ).toBe('Cross-chain interoperability enables Wider network scale (II.(2).2).');
  });

  it('uses the verb of each type', () => {
    const verbs = ALL_RELATION_TYPES.map((type) =>
      relationSentence({ type, from: 'A', to: 'B', sections: [] }),
    );
    expect(verbs).toEqual([
      'A is part of B.',
      'A enables B.',
      'A is applied in B.',
      'A drives B.',
      'A holds back B.',
      'A addresses B.',
      'A supports B.',
      'A governs B.',
      'A takes part in B.',
      'A is located in B.',
      'A is related to B.',
    ]);
  });

  it('lists each section once', () => {
    const sentence = relationSentence({
      type: RelationType.SUPPORTS,
      from: 'A',
      to: 'B',
      sections: ['I', 'II.(1)', 'I'],
    });
    expect(sentence).toBe('A supports B (I, II.(1)).');
  });

  it('has a Chinese rendering for every type', () => {
    for (const type of ALL_RELATION_TYPES) {
      const sentence = relationSentence(
        { type, from: '甲', to: '乙', sections: ['II.(2).2'] },
        Lang.ZH,
      );
      expect(sentence).toMatch(/^甲.*乙.*（II\.\(2\)\.2）。$/);
    }
    expect(
      relationSentence(
        { type: RelationType.PART_OF, from: '共识机制', to: '核心技术', sections: [] },
        Lang.ZH,
      ),
    ).toBe('共识机制是核心技术的组成部分。');
  });
});

describe('pathExplanation', () => {
  it('joins hop sentences', () => {
    expect(pathExplanation(['A enables B.', 'B drives C.'])).toBe('A enables B. B drives C.');
    expect(pathExplanation(['甲赋能乙。', '乙推动丙。'], Lang.ZH)).toBe('甲赋能乙。乙推动丙。');
  });
});
