import { BadInputError } from './errors';

/**
 * Checks an Int argument against its allowed range; null or undefined means "use the default".
 * `field` is the argument name reported in the BAD_USER_INPUT error.
 */
export function intInRange(
  value: number | null | undefined,
  field: string,
  min: number,
  max: number,
  fallback: number,
): number {
  const chosen = value ?? fallback;
  if (!Number.isInteger(chosen) || chosen < min || chosen > max) {
    throw new BadInputError(
      field,
      `${field} must be an integer from ${min} to ${max}, got ${chosen}`,
    );
  }
  return chosen;
}
