import { z } from 'zod';
import { listFile } from './seed.schema';
import { YamlFile, YamlPath } from './seed.reader';
import { SeedProblem } from './seed.types';

/** Applies the zod schemas to parsed YAML and turns each zod issue into a problem on its line. */

export interface Parsed<T> {
  value: T;
  line: number;
  /** Where the item sits in its file, for lines of its parts (e.g. one evidence item). */
  at: YamlPath;
}

const ENUM_NOUNS: Record<string, string> = {
  type: 'relation type',
  basis: 'evidence basis',
  category: 'technology category',
  scope: 'trend scope',
};

const EXPECTED: Record<string, string> = { object: 'a mapping', array: 'a list' };

function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${String(segment)}`))
    .join('')
    .replace(/^\./, '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, segment) =>
      node !== null && typeof node === 'object'
        ? (node as Record<PropertyKey, unknown>)[segment]
        : undefined,
    data,
  );
}

function typeName(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function describe(issue: z.core.$ZodIssue, data: unknown, whole: string): string {
  const name = issue.path.length ? `"${fieldName(issue.path)}"` : whole;
  const input = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined && issue.path.length) return `missing field ${name}`;
      return `${name} must be ${EXPECTED[issue.expected] ?? `a ${issue.expected}`}, got ${typeName(input)}`;
    case 'invalid_value': {
      const last = issue.path[issue.path.length - 1];
      const noun = (typeof last === 'string' && ENUM_NOUNS[last]) || `value of ${name}`;
      return `unknown ${noun} ${JSON.stringify(input)}; expected one of ${issue.values.join(', ')}`;
    }
    default:
      return issue.message.startsWith('must') ? `${name} ${issue.message}` : issue.message;
  }
}

/** Appends one problem per zod issue (one per unknown field), each on the line it points at. */
function report(
  file: YamlFile,
  base: YamlPath,
  error: z.ZodError,
  data: unknown,
  whole: string,
  problems: SeedProblem[],
): void {
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const field of issue.keys) {
        const at = [...base, ...issue.path, field];
        problems.push({
          file: file.file,
          line: file.lineAt(at),
          message: `unknown field "${fieldName([...issue.path, field])}"`,
        });
      }
      continue;
    }
    const at = [...base, ...issue.path];
    problems.push({
      file: file.file,
      line: file.lineAt(at),
      message: describe(issue, data, whole),
    });
  }
}

/** A file that holds one mapping (paper.yaml). */
export function parseObject<T>(
  file: YamlFile,
  schema: z.ZodType<T>,
  problems: SeedProblem[],
): T | undefined {
  if (file.problems.length) return undefined;
  const result = schema.safeParse(file.data);
  if (result.success) return result.data;
  report(file, [], result.error, file.data, 'the file', problems);
  return undefined;
}

/**
 * A file holding `<listKey>: [...]`. Items are checked one by one, so a bad item is reported and
 * skipped while the good ones still take part in the cross-file checks.
 */
export function parseList<T>(
  file: YamlFile | undefined,
  listKey: string,
  item: z.ZodType<T>,
  problems: SeedProblem[],
): Parsed<T>[] {
  if (!file || file.problems.length) return [];
  const top = listFile(listKey).safeParse(file.data);
  if (!top.success) {
    report(file, [], top.error, file.data, `the file (a mapping with "${listKey}:")`, problems);
    return [];
  }
  const items = top.data[listKey] as unknown[];
  return items.flatMap((raw, index) => {
    const at = [listKey, index];
    const result = item.safeParse(raw);
    if (!result.success) {
      report(file, at, result.error, raw, 'this item', problems);
      return [];
    }
    return [{ value: result.data, line: file.lineAt(at), at }];
  });
}

/**
 * The `field` values of every item in a list file, valid or not, so that an item with a problem
 * of its own still counts as existing for references; undefined when the file cannot be read.
 */
export function rawNames(
  file: YamlFile | undefined,
  listKey: string,
  field: string,
): Set<string> | undefined {
  if (!file || file.problems.length) return undefined;
  const top = listFile(listKey).safeParse(file.data);
  if (!top.success) return undefined;
  const items = top.data[listKey] as unknown[];
  return new Set(
    items.flatMap((item) => {
      const name = valueAt(item, [field]);
      return typeof name === 'string' ? [name] : [];
    }),
  );
}
