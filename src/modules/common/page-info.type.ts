import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description:
    'Where a page of a connection starts and ends, and whether more lies on either side (Relay).',
})
export class PageInfo {
  @Field(() => Boolean, {
    description: 'True when a further page exists; ask for it with `after: endCursor`.',
  })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description:
      'True when an earlier page exists; ask for it with `last` and `before: startCursor`.',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first edge of this page; null when the page is empty.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge of this page; null when the page is empty.',
  })
  endCursor!: string | null;
}
