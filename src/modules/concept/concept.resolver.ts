import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { Context } from '../../context';
import { pageWindow, toConnection } from '../../pagination';
import { PageArgs } from '../common/page.args';
// Registers the nine object types; the schema finds them through the Concept interface.
import './concept.kinds';
import { ConceptFilter, ConceptOrder } from './concept.input';
import { countConcepts, findConceptPage } from './concept.repository';
import { toConceptQuery } from './concept.service';
import { Concept, ConceptConnection } from './concept.type';

@Resolver(() => Concept)
export class ConceptResolver {
  @Query(() => Concept, {
    nullable: true,
    description: 'One concept by key, e.g. `cross-chain`; null when unknown.',
  })
  concept(
    @Arg('key', () => String, { description: 'The concept key.' }) key: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.conceptsByKeys.load(key);
  }

  @Query(() => ConceptConnection, { description: 'All concepts, filtered, ordered and paged.' })
  async concepts(
    @Ctx() ctx: Context,
    @Arg('filter', () => ConceptFilter, {
      nullable: true,
      description: 'Conditions the concepts must meet.',
    })
    filter: ConceptFilter | null,
    @Arg('orderBy', () => ConceptOrder, {
      nullable: true,
      defaultValue: ConceptOrder.NAME,
      description: 'Order of the list.',
    })
    orderBy: ConceptOrder | null,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    const window = pageWindow(page.first, page.after);
    const query = toConceptQuery(filter);
    const rows = await findConceptPage(
      ctx.db,
      query,
      orderBy ?? ConceptOrder.NAME,
      window.offset,
      window.first + 1,
    );
    // Fields below (a relation's `from`, say) may name these concepts again: no need to reload.
    for (const concept of rows) ctx.loaders.conceptsByKeys.prime(concept.key, concept);
    return toConnection(rows, window, () => countConcepts(ctx.db, query));
  }
}
