import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Context } from '../../graphql/context';
import { ConceptKind } from '../common/common.enums';
import { FirstArg } from '../common/first.arg';
import { KindsArg } from '../common/kinds.arg';
import { fulltextQuery } from './search.lucene';
import { searchConcepts } from './search.repository';
import { SearchHit } from './search.type';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search over names, aliases and summaries in English and Chinese, best match first. Any text is accepted and searched literally (no query syntax); English words of 4+ letters also match with a small typo. Empty or blank text gives an empty list.',
  })
  async search(
    @Ctx() ctx: Context,
    @Arg('text', () => String, { description: 'What to look for, in English or Chinese.' })
    text: string,
    @KindsArg() kinds: ConceptKind[],
    @FirstArg('hits', 100, 10) limit: number,
  ) {
    const query = fulltextQuery(text);
    if (!query || limit === 0) return [];
    return searchConcepts(ctx.db, text, query, kinds, limit);
  }
}
