import { ArgsType, Field, Int } from 'type-graphql';

/** The paging arguments every connection takes. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 0 to 100.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge to continue after.' })
  after?: string | null;
}
