import {
  ALL_RELATION_TYPES,
  EvidenceBasis,
  Lang,
  RelationType,
} from '../../src/modules/common/common.enums';
import { pathExplanation, relationSentence } from '../../src/modules/relation/relation.sentence';

describe('relationSentence', () => {
  it('reads a relation with its section numbers', () => {
    expect(
      relationSentence({
        type: RelationType.ENABLES,
        from: 'Cross-chain interoperability',
        to: 'Wider network scale',
        evidence: [{ section: 'II.(2).2', basis: EvidenceBasis.CURATED }],
      }),
    ).toBe('Cross-chain interoperability enables Wider network scale (curated: II.(2).2).');
  });

  it('uses the verb of each type', () => {
    const verbs = ALL_RELATION_TYPES.map((type) =>
      relationSentence({ type, from: 'A', to: 'B', evidence: [] }),
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

  it('conjugates every verb for a plural subject', () => {
    const verbs = ALL_RELATION_TYPES.map((type) =>
      relationSentence({ type, from: 'As', fromPlural: true, to: 'B', evidence: [] }),
    );
    expect(verbs).toEqual([
      'As are part of B.',
      'As enable B.',
      'As are applied in B.',
      'As drive B.',
      'As hold back B.',
      'As address B.',
      'As support B.',
      'As govern B.',
      'As take part in B.',
      'As are located in B.',
      'As are related to B.',
    ]);
  });

  it('groups sections by basis, strongest first, each section once', () => {
    const sentence = relationSentence({
      type: RelationType.SUPPORTS,
      from: 'A',
      to: 'B',
      evidence: [
        { section: 'I', basis: EvidenceBasis.CURATED },
        { section: 'II.(1)', basis: EvidenceBasis.HEADING },
        { section: 'I', basis: EvidenceBasis.CURATED },
        { section: 'III', basis: EvidenceBasis.SOURCE },
      ],
    });
    expect(sentence).toBe('A supports B (heading: II.(1); source: III; curated: I).');
  });

  it('has a Chinese rendering for every type', () => {
    for (const type of ALL_RELATION_TYPES) {
      const sentence = relationSentence(
        {
          type,
          from: '甲',
          to: '乙',
          evidence: [{ section: 'II.(2).2', basis: EvidenceBasis.CURATED }],
        },
        Lang.ZH,
      );
      expect(sentence).toMatch(/^甲.*乙.*（编者整理：II\.\(2\)\.2）。$/);
    }
    expect(
      relationSentence(
        { type: RelationType.PART_OF, from: '共识机制', to: '核心技术', evidence: [] },
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
