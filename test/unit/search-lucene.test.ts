import {
  escapeLucene,
  exactNameForms,
  fulltextQuery,
  indexQueries,
} from '../../src/modules/search/search.lucene';

describe('escapeLucene', () => {
  it('escapes every special character of the classic query syntax', () => {
    const special = '+-&|!(){}[]^"~*?:\\/';
    expect(escapeLucene(special)).toBe(
      special
        .split('')
        .map((c) => `\\${c}`)
        .join(''),
    );
    expect(escapeLucene('plain words 区块链')).toBe('plain words 区块链');
  });
});

describe('fulltextQuery', () => {
  it('gives nothing to search for empty or blank text', () => {
    expect(fulltextQuery('')).toBeNull();
    expect(fulltextQuery(' \t\n ')).toBeNull();
  });

  it('adds a fuzzy variant to Latin words of four letters or more, two edits from eight', () => {
    expect(fulltextQuery('Consensus of PoW mining')).toBe(
      '(Consensus OR consensus~2) of PoW (mining OR mining~1)',
    );
  });

  it('keeps operators and syntax literal', () => {
    expect(fulltextQuery('AND cross-chain "x" OR NOT a:b*')).toBe(
      'and cross\\-chain \\"x\\" or not a\\:b\\*',
    );
  });

  it('passes Chinese text through for the CJK analyzer, without fuzzy variants', () => {
    expect(fulltextQuery('共识机制')).toBe('共识机制');
  });

  it('bounds the number and length of words', () => {
    expect(fulltextQuery(`${'of '.repeat(100)}`)!.split(' ')).toHaveLength(10);
    expect(fulltextQuery('y'.repeat(1000))).toBe(`(${'y'.repeat(40)} OR ${'y'.repeat(40)}~2)`);
  });

  it('gives a fuzzy variant to the first three eligible words only', () => {
    expect(fulltextQuery('alpha of bravo charlie delta echo')).toBe(
      '(alpha OR alpha~1) of (bravo OR bravo~1) (charlie OR charlie~1) delta echo',
    );
  });
});

describe('indexQueries', () => {
  it('weighs names over aliases over summaries, per index', () => {
    expect(indexQueries('chain')).toEqual({
      en: 'name:(chain)^10 aliasText:(chain)^6 summary:(chain)',
      zh: 'nameZh:(chain)^10 aliasText:(chain)^6 summaryZh:(chain)',
    });
  });
});

describe('exactNameForms', () => {
  it('gives the text as a whole name, also without a plural s', () => {
    expect(exactNameForms('  Smart   Contracts ')).toEqual(['smart contracts', 'smart contract']);
    expect(exactNameForms('跨链技术')).toEqual(['跨链技术']);
    expect(exactNameForms('   ')).toEqual([]);
  });
});
