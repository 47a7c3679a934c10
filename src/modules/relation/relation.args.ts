import { ArgsType, Field } from 'type-graphql';
import { pageWindow, PageWindow, windowParams } from '../../graphql/pagination';
import { ConceptKind, Direction, RelationType, relationTypesOrAll } from '../common/common.enums';
import { PageArgs } from '../common/page.args';
import { RelationPageRequest } from './relation.repository';

/** The arguments of `Concept.relations`: a filter and a page. */
@ArgsType()
export class RelationArgs extends PageArgs {
  @Field(() => Direction, {
    nullable: true,
    defaultValue: Direction.BOTH,
    description: 'OUT: this concept is `from`; IN: it is `to`; BOTH: either.',
  })
  direction?: Direction | null;

  @Field(() => [RelationType], {
    nullable: true,
    description: 'Only these relation types; all when omitted or empty.',
  })
  types?: RelationType[] | null;

  @Field(() => [ConceptKind], {
    nullable: true,
    description: 'Only relations whose other end is of these kinds; all when omitted or empty.',
  })
  kinds?: ConceptKind[] | null;
}

/** The list order relation cursors belong to. */
export const RELATION_ORDER = 'relation';

/**
 * The page request for the relations of concept `key`. Field resolvers and root fields looking
 * ahead build it here alike, so a page fetched ahead is found under the same loader key.
 */
export function relationPageRequest(
  key: string,
  args: RelationArgs,
): { window: PageWindow; request: RelationPageRequest } {
  const window = pageWindow(args, RELATION_ORDER);
  return {
    window,
    request: {
      key,
      direction: args.direction ?? Direction.BOTH,
      types: relationTypesOrAll(args.types),
      kinds: args.kinds?.length ? args.kinds : null,
      ...windowParams(window),
    },
  };
}
