import { Lang } from '../../src/modules/common/common.enums';
import { aliasesIn } from '../../src/modules/concept/concept.aliases';

describe('aliasesIn', () => {
  const aliases = ['SM2', 'national cryptographic algorithms', '国密', '区块链+'];

  it('returns all aliases without a language', () => {
    expect(aliasesIn(aliases, null)).toEqual(aliases);
  });

  it('splits by script: Chinese aliases contain Han characters', () => {
    expect(aliasesIn(aliases, Lang.EN)).toEqual(['SM2', 'national cryptographic algorithms']);
    expect(aliasesIn(aliases, Lang.ZH)).toEqual(['国密', '区块链+']);
  });
});
