import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import { Context } from '../../graphql/context';
import { selectionOf } from '../../graphql/lookahead';
import { intInRange } from '../../graphql/validate';
import { RelationType } from '../common/common.enums';
import { FirstArg } from '../common/first.arg';
import { RelationTypesArg } from '../common/relation-types.arg';
import { findCoMentioned, findNeighborhood, findShortestPaths } from './graph.repository';
import { subgraphProjection } from './graph.lookahead';
import { CoMention, ConceptPath, Subgraph } from './graph.type';

@Resolver()
export class GraphResolver {
  @Query(() => Subgraph, {
    description:
      'The concepts within `depth` hops of a concept (relations followed in either direction), nearest first and then by name, and the relations among them. When more concepts lie within `depth` than `limit` allows, the first ones in that order are kept. An unknown key gives an empty subgraph with `truncated` false.',
  })
  async neighborhood(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('key', () => String, { description: 'Key of the concept at the centre.' }) key: string,
    @Arg('depth', () => Int, {
      nullable: true,
      defaultValue: 1,
      description: 'How many hops to go out, 1 to 3.',
    })
    depth: number | null,
    @RelationTypesArg() types: RelationType[],
    @Arg('limit', () => Int, {
      nullable: true,
      defaultValue: 100,
      description: 'Most concepts to return (the centre included), 1 to 500.',
    })
    limit: number | null,
  ) {
    const projection = subgraphProjection(selectionOf(info));
    const subgraph = await findNeighborhood(ctx.db, {
      key,
      depth: intInRange(depth, 'depth', 1, 3, 1),
      limit: intInRange(limit, 'limit', 1, 500, 100),
      types,
      ...projection,
    });
    // Whole concepts may serve any other field of the request; brief ones only these nodes.
    if (!projection.briefNodes) {
      for (const node of subgraph.nodes) ctx.loaders.conceptsByKeys.prime(node.key, node);
    }
    return subgraph;
  }

  @Query(() => [ConceptPath], {
    description:
      'Up to `first` shortest paths between two concepts, shortest first; no concept appears twice in a path. When more paths than `first` have the same length, which of them are returned is up to the search. Empty when either key is unknown, when they are the same concept, or when nothing links them within `maxHops`.',
  })
  async paths(
    @Ctx() ctx: Context,
    @Arg('from', () => String, { description: 'Key of the concept to start from.' }) from: string,
    @Arg('to', () => String, { description: 'Key of the concept to reach.' }) to: string,
    @Arg('maxHops', () => Int, {
      nullable: true,
      defaultValue: 4,
      description: 'Longest path allowed, 1 to 6 hops.',
    })
    maxHops: number | null,
    @RelationTypesArg() types: RelationType[],
    @FirstArg('paths', 10, 3) count: number,
  ) {
    const hops = intInRange(maxHops, 'maxHops', 1, 6, 4);
    if (count === 0) return [];
    const paths = await findShortestPaths(ctx.db, {
      from,
      to,
      maxHops: hops,
      types,
      first: count,
    });
    // What the hops' sentences name came with the paths.
    for (const path of paths) {
      for (const concept of path.concepts) ctx.loaders.conceptsByKeys.prime(concept.key, concept);
      for (const section of path.sections) ctx.loaders.sectionsByKeys.prime(section.key, section);
    }
    return paths;
  }

  @Query(() => [CoMention], {
    description:
      'Concepts tied to the same sections as the given concept (any evidence basis), most shared sections first, then by name. Empty for an unknown key.',
  })
  coMentioned(
    @Ctx() ctx: Context,
    @Arg('key', () => String, { description: 'Key of the concept.' }) key: string,
    @FirstArg('concepts', 100, 10) first: number,
  ) {
    return findCoMentioned(ctx.db, key, first);
  }
}
