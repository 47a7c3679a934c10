import { createParameterDecorator } from 'type-graphql';
import { ConceptKind, kindsOrAll } from './common.enums';

/**
 * The `kinds` filter of fields that list concepts, declared once: the resolver receives the
 * kinds asked for without repeats, or every kind when the list is omitted or empty.
 */
export function KindsArg() {
  return createParameterDecorator(
    ({ args }) => kindsOrAll(args.kinds as ConceptKind[] | null | undefined),
    {
      arg: {
        name: 'kinds',
        typeFunc: () => [ConceptKind],
        options: {
          nullable: true,
          description: 'Only concepts of these kinds; all when omitted or empty.',
        },
      },
    },
  );
}
