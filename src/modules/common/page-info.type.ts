import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where a page of a connection ends and whether more follows (Relay).' })
export class PageInfo {
  @Field(() => Boolean, {
    description: 'True when a further page exists; ask for it with `after: endCursor`.',
  })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge of this page; null when the page is empty.',
  })
  endCursor!: string | null;
}
