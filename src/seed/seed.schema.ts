import { z } from 'zod';
import { noRepeats } from '../core/no-repeats';
import {
  BASES,
  ConceptFile,
  RELATION_TYPES,
  TECHNOLOGY_CATEGORIES,
  TREND_SCOPES,
} from './seed.types';

/** The shape of each seed file; meaning across files (references, duplicates) is checked later. */

const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** I, I.(1) or I.(1).2 — chapter, section, subsection as printed in the paper. */
const SECTION_NUMBER = /^[IVXLC]+(?:\.\(\d+\)(?:\.\d+)?)?$/;

const text = z.string().min(1, { error: 'must not be empty' });
const key = z.string().regex(KEY_PATTERN, {
  error: 'must be a lower-case key of letters, digits and hyphens, e.g. "cross-chain"',
});

const evidence = z.strictObject({
  section: text,
  basis: z.enum(BASES),
  source: text.optional(),
  /** The fragment of the source, in its own language, that supports the item (SOURCE only). */
  quote: text.optional(),
  note: text.optional(),
});
const evidenceList = z
  .array(evidence)
  .min(1, { error: 'missing evidence: list at least one { section, basis } item' });

export const sourceItem = z.strictObject({
  id: text,
  url: z.url({ error: 'must be an http(s) URL' }),
  title: text,
});

export const paperSchema = z.strictObject({
  key,
  title: text,
  titleOriginal: z.boolean().default(false),
  titleZh: text,
  titleZhOriginal: z.boolean(),
  publisher: key,
  publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date, YYYY-MM-DD' }),
  event: text,
  url: z.url({ error: 'must be an http(s) URL' }),
  evidence: evidenceList,
});

export const sectionItem = z.strictObject({
  number: z.string().regex(SECTION_NUMBER, {
    error:
      'bad section number: expected a chapter like "II", a section like "II.(1)" or a subsection like "II.(1).2"',
  }),
  title: text,
  titleZh: text,
  /** Why no concept is placed under this heading, where none is. */
  noConceptReason: text.optional(),
});

const conceptBase = {
  key,
  name: text,
  nameOriginal: z.boolean().default(false),
  /** The English name is a plural noun phrase ("Smart contracts"), so sentences say "are". */
  plural: z.boolean().default(false),
  nameZh: text,
  nameZhOriginal: z.boolean().default(false),
  aliases: z.array(text).superRefine(noRepeats('alias')).default([]),
  summary: text,
  summaryZh: text.optional(),
  evidence: evidenceList,
};

/** `category` belongs to technologies and `scope` to trends only, so elsewhere they are unknown. */
export function conceptItem(file: ConceptFile) {
  if (file === 'technology') {
    return z.strictObject({ ...conceptBase, category: z.enum(TECHNOLOGY_CATEGORIES).optional() });
  }
  if (file === 'trend') {
    return z.strictObject({ ...conceptBase, scope: z.enum(TREND_SCOPES).optional() });
  }
  return z.strictObject(conceptBase);
}

export const relationItem = z.strictObject({
  from: key,
  type: z.enum(RELATION_TYPES),
  to: key,
  evidence: evidenceList,
});

export const factItem = z.strictObject({
  key,
  statement: text,
  statementZh: text.optional(),
  value: z.number().optional(),
  unit: text.optional(),
  asOf: text.optional(),
  about: z.array(key).min(1, { error: 'a fact must be about at least one concept' }),
  evidence: evidenceList,
});

/** The top of a list file: one key holding a list, e.g. `concepts: [...]`. */
export function listFile(listKey: string) {
  return z.strictObject({ [listKey]: z.array(z.unknown()) });
}
