import { SeedProblem } from './seed.types';

export const formatProblem = (p: SeedProblem) => `${p.file}:${p.line}: ${p.message}`;

/** The seed has problems; nothing was written. */
export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(
      `The graph seed has ${problems.length} problem(s); nothing was loaded:\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'SeedValidationError';
  }
}

/**
 * The seed defines keys (or relations) that already belong to something it did not create
 * (another paper's seed, or an editor through the API). Taking them over would overwrite that work, so the load
 * stops before anything is written.
 */
export class SeedConflictError extends Error {
  constructor(
    readonly paper: string,
    readonly conflicts: { key: string; owner: string | null }[],
  ) {
    super(
      `Seed "${paper}" defines items that already exist and were not created by it; nothing was ` +
        `loaded: ${conflicts
          .map(
            ({ key, owner }) =>
              `${key} (${owner ? `seeded by ${owner}` : 'created through the API'})`,
          )
          .join(', ')}`,
    );
    this.name = 'SeedConflictError';
  }
}
