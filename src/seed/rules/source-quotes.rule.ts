import { EvidenceSpec } from '../seed.types';
import { problemAt, SeedRule } from './rule.types';

/**
 * SOURCE evidence carries the fragment of the source that supports the item, so a reader sees the
 * ground of every sourced claim; HEADING and CURATED evidence has no source to quote.
 */
export const sourceQuotes: SeedRule = (drafts) =>
  drafts.flatMap((draft) => {
    const owners = [
      ...(draft.paper ? [draft.paper] : []),
      ...draft.concepts,
      ...draft.relations,
      ...draft.facts,
    ];
    return owners.flatMap((owner) => owner.evidence.flatMap(quoteProblem));
  });

function quoteProblem(item: EvidenceSpec) {
  if (item.basis === 'SOURCE' && !item.quote) {
    return [
      problemAt(
        item,
        'SOURCE evidence needs a quote: the fragment of the source, in its own language, that supports the item',
      ),
    ];
  }
  if (item.basis !== 'SOURCE' && item.quote) {
    return [
      problemAt(item, `${item.basis} evidence must not carry a quote; only a source is quoted`),
    ];
  }
  return [];
}
