import { z } from 'zod';
import { BadInputError } from '../../graphql/errors';
import { CONCEPT_KINDS, EVIDENCE_BASES, RELATION_TYPES } from '../../core/graph-vocabulary';
import { noRepeats } from '../../core/no-repeats';

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Something a reader can see: not only spaces, control characters (NUL …), invisible format
// characters (zero-width space, joiners, direction marks) or lone combining marks.
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/u;
const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
/** A name or alias: text with at least one visible character. */
const label = (max: number) =>
  text(max).refine((value) => VISIBLE.test(value), 'must contain a visible character');
/** An optional name: empty or absent, or a label. */
const optionalLabel = (max: number) =>
  optionalText(max).refine(
    (value) => !value || VISIBLE.test(value),
    'must contain a visible character',
  );
const optionalText = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`).optional().nullable();

export const conceptKey = z
  .string()
  .max(80, 'must be at most 80 characters')
  .regex(KEY, 'must be lower-case kebab-case, e.g. `cross-chain`');

const evidence = z
  .object({
    paper: z.string().min(1, 'must not be empty').max(80),
    section: z.string().min(1, 'must not be empty').max(40),
    basis: z.enum(EVIDENCE_BASES),
    sourceUrl: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .max(500)
      .optional()
      .nullable(),
    note: optionalText(1000),
  })
  .superRefine((value, ctx) => {
    if (value.basis === 'SOURCE' && !value.sourceUrl) {
      ctx.addIssue({
        code: 'custom',
        path: ['sourceUrl'],
        message: 'is required when basis is SOURCE',
      });
    }
    if (value.basis !== 'SOURCE' && value.sourceUrl) {
      ctx.addIssue({
        code: 'custom',
        path: ['sourceUrl'],
        message:
          'is only allowed when basis is SOURCE: HEADING and CURATED evidence cite no source',
      });
    }
  });

const evidenceList = z
  .array(evidence)
  .min(1, 'needs at least one item')
  .max(20, 'takes at most 20 items');
const aliases = z
  .array(label(120))
  .max(30, 'takes at most 30 aliases')
  .superRefine(noRepeats('alias'));

export const createConceptInput = z.object({
  key: conceptKey,
  kind: z.enum(CONCEPT_KINDS),
  name: label(200),
  nameZh: optionalLabel(200),
  aliases: aliases.optional().nullable(),
  summary: optionalText(2000),
  evidence: evidenceList,
});

export const updateConceptInput = z.object({
  name: label(200).optional().nullable(),
  nameZh: optionalLabel(200),
  aliases: aliases.optional().nullable(),
  summary: optionalText(2000),
});

export const linkInput = z.object({
  from: conceptKey,
  to: conceptKey,
  type: z.enum(RELATION_TYPES),
  evidence: evidenceList,
});
export const unlinkInput = z.object({
  from: conceptKey,
  to: conceptKey,
  type: z.enum(RELATION_TYPES),
});

/** `input.evidence[0].sourceUrl` from zod's path, the way a client developer would point at it. */
function fieldPath(root: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : `${out}.${String(part)}`),
    root,
  );
}

/** Parses an argument or throws BAD_USER_INPUT naming the first field at fault. */
export function parseArg<T>(schema: z.ZodType<T>, value: unknown, root: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = fieldPath(root, issue.path);
  throw new BadInputError(field, `${field} ${issue.message}`);
}
