import { createParameterDecorator, Int } from 'type-graphql';
import { intInRange } from '../../graphql/validate';

/**
 * The `first` argument of a plain list (connections take PageArgs instead): how many items at
 * most, 0 to `max`, `fallback` when absent. The resolver receives the checked number; a value out
 * of range is a BAD_USER_INPUT naming `first`.
 */
export function FirstArg(items: string, max: number, fallback: number) {
  return createParameterDecorator(
    ({ args }) => intInRange(args.first as number | null | undefined, 'first', 0, max, fallback),
    {
      arg: {
        name: 'first',
        typeFunc: () => Int,
        options: {
          nullable: true,
          defaultValue: fallback,
          description: `How many ${items} at most, 0 to ${max}.`,
        },
      },
    },
  );
}
