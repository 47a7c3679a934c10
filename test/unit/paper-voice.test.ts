import { speaksForPaper } from '../../src/seed/rules/paper-voice.rule';

describe('speaksForPaper', () => {
  test.each([
    'The paper argues that consortium chains dominate.',
    "The paper's main focus is China.",
    'A trend named by the paper as a feature of 2020.',
    'According to the white paper, applications are spreading.',
    'The paper points out three challenges.',
    '白皮书指出，区块链是主要助推器。',
    '据白皮书，应用正在落地。',
  ])('flags %s', (text) => expect(speaksForPaper(text)).toBe(true));

  test.each([
    'Chains with more nodes and participants, and chains linked with one another.',
    'Publisher and compiler of the paper, and a co-host of the summit where it was released.',
    'No available source lists the members of the group.',
    '区块链应用从数字金融起步。',
  ])('lets %s pass', (text) => expect(speaksForPaper(text)).toBe(false));
});
