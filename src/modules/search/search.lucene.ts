/**
 * Builds a Lucene query from arbitrary user text. Every character with a meaning in Lucene's
 * classic query syntax is escaped, so any text is searched literally and never fails to parse.
 */

// + - && || ! ( ) { } [ ] ^ " ~ * ? : \ / (the ampersand and bar are escaped one by one).
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const OPERATOR = /^(AND|OR|NOT|TO)$/;
// Typo variants only for words of 4+ Latin letters: shorter ones would match too many others.
const FUZZY_WORD = /^\p{Script=Latin}{4,}$/u;
// Each word is looked up in both indexes and several fields, and a fuzzy word expands to every
// indexed term within its edit distance: these bounds keep a long text from costing the database
// seconds (see the README's "Bounded work").
export const MAX_WORDS = 10;
export const MAX_WORD_LENGTH = 40;
export const MAX_FUZZY_WORDS = 3;

export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (char) => `\\${char}`);
}

function escapeWord(word: string): string {
  // Upper-case operator words would be read as operators; lower case means the plain word.
  return OPERATOR.test(word) ? word.toLowerCase() : escapeLucene(word);
}

/**
 * Fuzzy terms are not analysed, so they meet the English index's stems ("interoper" for
 * "interoperability") and the CJK index's whole words; two edits for long words leave room for
 * a typo plus a stemmed ending.
 */
function fuzzyVariant(word: string): string {
  return `${word.toLowerCase()}~${word.length >= 8 ? 2 : 1}`;
}

/** The words searched for: the first MAX_WORDS of the text, each cut to MAX_WORD_LENGTH. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/\s+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS)
    .map((word) => word.slice(0, MAX_WORD_LENGTH));
}

/**
 * One query for both full-text indexes: each word, or-ed with a typo-tolerant variant for the
 * first few words where it helps. Null when the text holds nothing to search for (empty or only
 * whitespace).
 */
export function fulltextQuery(text: string): string | null {
  const words = searchWords(text);
  if (!words.length) return null;
  let fuzzyLeft = MAX_FUZZY_WORDS;
  return words
    .map((word) => {
      if (!FUZZY_WORD.test(word) || fuzzyLeft === 0) return escapeWord(word);
      fuzzyLeft -= 1;
      return `(${escapeWord(word)} OR ${fuzzyVariant(word)})`;
    })
    .join(' ');
}

/**
 * The query for each index, matching the same terms in every field but weighing a match in a
 * name above one in the aliases, and both above one in the summary, so that searching for a
 * concept's own name finds that concept first.
 */
export function indexQueries(terms: string): { en: string; zh: string } {
  const weighed = (name: string, summary: string) =>
    `${name}:(${terms})^10 aliasText:(${terms})^6 ${summary}:(${terms})`;
  return { en: weighed('name', 'summary'), zh: weighed('nameZh', 'summaryZh') };
}

/**
 * The text as a whole name might be written: lower case, and without a plural "s", so that
 * "Smart contracts" and "baas" are recognised as the names "Smart contract" and "BaaS".
 */
export function exactNameForms(text: string): string[] {
  const whole = text.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
  return [...new Set([whole, whole.replace(/s$/u, '')])].filter(Boolean);
}
