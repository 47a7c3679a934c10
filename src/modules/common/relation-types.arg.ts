import { createParameterDecorator } from 'type-graphql';
import { RelationType, relationTypesOrAll } from './common.enums';

/**
 * The `types` filter of fields that walk relations, declared once: the resolver receives the
 * types asked for without repeats, or every relation type when the list is omitted or empty.
 */
export function RelationTypesArg() {
  return createParameterDecorator(
    ({ args }) => relationTypesOrAll(args.types as RelationType[] | null | undefined),
    {
      arg: {
        name: 'types',
        typeFunc: () => [RelationType],
        options: {
          nullable: true,
          description: 'Follow only these relation types; all when omitted or empty.',
        },
      },
    },
  );
}
