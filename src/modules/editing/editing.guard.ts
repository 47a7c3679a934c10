import { Context } from '../../graphql/context';
import { ForbiddenError, UnauthenticatedError } from '../../graphql/errors';

/** Writes need a recognised API key with the editor role. */
export function requireEditor(ctx: Context): void {
  if (!ctx.role) {
    throw new UnauthenticatedError(
      ctx.presentedKey
        ? 'The API key was not recognised'
        : 'This operation needs an API key: send Authorization: Bearer <key>',
    );
  }
  if (ctx.role !== 'editor') throw new ForbiddenError();
}
