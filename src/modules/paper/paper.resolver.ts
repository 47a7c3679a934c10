import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Context } from '../../context';
import { findPaper, listPapers } from './paper.repository';
import { Paper } from './paper.type';

@Resolver(() => Paper)
export class PaperResolver {
  @Query(() => [Paper], { description: 'Every paper in the graph, oldest first.' })
  papers(@Ctx() ctx: Context) {
    return listPapers(ctx.db);
  }

  @Query(() => Paper, { nullable: true, description: 'One paper by key; null when unknown.' })
  paper(@Arg('key') key: string, @Ctx() ctx: Context) {
    return findPaper(ctx.db, key);
  }
}
