import { EvidenceSpec, Location } from '../seed.types';
import { problemAt, SeedRule } from './rule.types';

interface Named extends Location {
  evidence: EvidenceSpec[];
}

/**
 * `original` marks the paper's own wording. A name has at most one original text, and an original
 * text must be one a source gives verbatim: it appears in a quote of the item's SOURCE evidence.
 */
function check(item: Named, label: string, texts: [text: string, original: boolean][]) {
  const originals = texts.filter(([, original]) => original);
  if (originals.length > 1) {
    return [
      problemAt(
        item,
        `two original ${label}s: at most one language can be the paper's own wording`,
      ),
    ];
  }
  // Full- and half-width brackets are the same wording: NFKC folds （ into (.
  const quotes = item.evidence.flatMap((e) =>
    e.basis === 'SOURCE' && e.quote ? [e.quote.normalize('NFKC')] : [],
  );
  return originals
    .filter(([text]) => !quotes.some((quote) => quote.includes(text.normalize('NFKC'))))
    .map(([text]) =>
      problemAt(
        item,
        `original ${label} "${text}" appears in no SOURCE quote of this item; ` +
          'mark a name original only where a source gives it verbatim',
      ),
    );
}

export const originalNames: SeedRule = (drafts) =>
  drafts.flatMap((draft) => [
    ...(draft.paper
      ? check(draft.paper, 'title', [
          [draft.paper.title, draft.paper.titleOriginal],
          [draft.paper.titleZh, draft.paper.titleZhOriginal],
        ])
      : []),
    ...draft.concepts.flatMap((c) =>
      check(c, 'name', [
        [c.name, c.nameOriginal],
        [c.nameZh, c.nameZhOriginal],
      ]),
    ),
  ]);
