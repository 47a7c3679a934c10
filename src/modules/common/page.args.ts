import { ArgsType, Field, Int } from 'type-graphql';

/** The paging arguments every connection takes (Relay: forward with first/after, backward with last/before). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      'Page size from the start (or from `after`), 0 to 100; 20 when neither `first` nor `last` is given.',
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge to continue after.' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Page size from the end (or from `before`), 0 to 100; not together with `first`.',
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge to stop before.' })
  before?: string | null;
}
