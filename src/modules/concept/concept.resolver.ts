import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { GraphQLResolveInfo } from 'graphql';
import { Context } from '../../graphql/context';
import { descend, selectionOf, selects } from '../../graphql/lookahead';
import { pageWindow, toConnection } from '../../graphql/pagination';
import { PageArgs } from '../common/page.args';
// Registers the nine object types; the schema finds them through the Concept interface.
import './concept.kinds';
import { ConceptFilter, ConceptOrder } from './concept.input';
import { conceptExtras, primeConcept, primeSections } from './concept.lookahead';
import { countConcepts, findConceptList, findConceptWithExtras } from './concept.repository';
import { toConceptQuery } from './concept.service';
import { Concept, ConceptConnection } from './concept.type';

@Resolver(() => Concept)
export class ConceptResolver {
  @Query(() => Concept, {
    nullable: true,
    description: 'One concept by key, e.g. `cross-chain`; null when unknown.',
  })
  async concept(
    @Arg('key', () => String, { description: 'The concept key.' }) key: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    // One statement for the concept and what its page selects; fields find it in the loaders.
    const selection = selectionOf(info);
    const extras = conceptExtras(selection);
    const withEvidence = selects(selection, 'evidence') || selects(selection, 'sections');
    const found = await findConceptWithExtras(ctx.db, key, withEvidence, extras, (other) =>
      ctx.loaders.conceptsByKeys.prime(other.key, other),
    );
    if (!found) return null;
    primeConcept(ctx.loaders, found.concept, extras, found.relations);
    if (found.evidence) ctx.loaders.conceptEvidence.prime(key, found.evidence);
    primeSections(ctx.loaders, found.sections);
    return found.concept;
  }

  @Query(() => ConceptConnection, { description: 'All concepts, filtered, ordered and paged.' })
  async concepts(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
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
    const order = orderBy ?? ConceptOrder.NAME;
    const cursorOrder = `concept-${order}`;
    const window = pageWindow(page, cursorOrder);
    const query = toConceptQuery(filter);
    const selection = selectionOf(info);
    const extras = conceptExtras(descend(selection, 'edges', 'node'));
    const list = await findConceptList(ctx.db, query, order, window, extras, (other) =>
      ctx.loaders.conceptsByKeys.prime(other.key, other),
    );
    primeSections(ctx.loaders, list.sections);
    const rows = list.rows.map(({ sort, node }) => {
      primeConcept(ctx.loaders, node.concept, extras, node.relations);
      return { sort, node: node.concept };
    });
    return toConnection(
      rows,
      window,
      cursorOrder,
      async () => list.total ?? countConcepts(ctx.db, query),
    );
  }
}
