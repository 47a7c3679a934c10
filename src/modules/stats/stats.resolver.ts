import { Ctx, Query, Resolver } from 'type-graphql';
import { Context } from '../../graphql/context';
import { readStats } from './stats.repository';
import { GraphStats } from './stats.type';

@Resolver(() => GraphStats)
export class StatsResolver {
  @Query(() => GraphStats, {
    description:
      'Sizes of the graph: papers, sections, concepts, relations, facts, concepts per kind.',
  })
  stats(@Ctx() ctx: Context) {
    return readStats(ctx.db);
  }
}
