import { quoteMentions } from './quote-mentions';
import { problemAt, SeedRule } from './rule.types';

/**
 * A source supports a link only where it speaks of both ends: the quote of a relation's SOURCE
 * evidence must name each end by a name or alias, in either language. Two names the source uses
 * for one idea fail this too, unless the source itself links them.
 */
export const relationQuotes: SeedRule = (drafts, concepts) =>
  drafts.flatMap((draft) =>
    draft.relations.flatMap((relation) =>
      relation.evidence.flatMap((item) => {
        if (item.basis !== 'SOURCE' || !item.quote) return [];
        const missing = [relation.from, relation.to].filter((key) => {
          const concept = concepts.get(key);
          return concept !== undefined && !quoteMentions(item.quote!, concept);
        });
        if (!missing.length) return [];
        return [
          problemAt(
            item,
            `SOURCE quote does not support ${relation.from} ${relation.type} ${relation.to}: ` +
              `it names no name or alias of ${missing.map((k) => `"${k}"`).join(' or ')}`,
          ),
        ];
      }),
    ),
  );
