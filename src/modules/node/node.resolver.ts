import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Context } from '../../graphql/context';
import { BadInputError } from '../../graphql/errors';
import { Node } from '../common/node.type';
import { loadNode } from './node.service';

const MAX_IDS = 100;

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Anything by its global id; null when it no longer exists. A malformed id is a BAD_USER_INPUT error.',
  })
  node(
    @Arg('id', () => ID, { description: 'A global id from any `id` field.' }) id: string,
    @Ctx() ctx: Context,
  ) {
    return loadNode(id, 'id', ctx.loaders);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description:
      'Several nodes by global id, in the order asked (null where one no longer exists); at most 100 ids.',
  })
  nodes(
    @Arg('ids', () => [ID], { description: 'Global ids from `id` fields.' }) ids: string[],
    @Ctx() ctx: Context,
  ) {
    if (ids.length > MAX_IDS) throw new BadInputError('ids', `At most ${MAX_IDS} ids per request`);
    return Promise.all(ids.map((id, i) => loadNode(id, `ids[${i}]`, ctx.loaders)));
  }
}
