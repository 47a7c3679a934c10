import fc from 'fast-check';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { buildAppSchema } from '../../src/graphql/schema';

/**
 * Operations generated from the schema with fast-check, for the fuzz suite and the executors'
 * comparison: valid ones, and ones with wrong types, unknown fields, odd text and out-of-range
 * sizes.
 */

const schema = buildAppSchema();

// Reads get the seed's keys; writes only keys of their own, so the seed is never changed.
const READ_TEXT = ['cross-chain', 'china', 'smart-contract', 'caict-blockchain-2020', 'II.(1).2'];
const WRITE_TEXT = ['fuzz-a', 'fuzz-b', 'II.(1).2', 'caict-blockchain-2020'];

function textFor(writes: boolean): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...(writes ? WRITE_TEXT : READ_TEXT), '区块链', '', ' '),
    fc.string({ maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.string({
      unit: fc.constantFrom('\u0000', '\u200B', '"', '\\', '~', '*', ':', '(', 'a'),
      maxLength: 12,
    }),
  );
}

/** Reads or writes; operations meant to be valid, or ones that may be wrong anywhere. */
interface Mode {
  writes: boolean;
  valid: boolean;
}

/** A JSON value for an input type: one that fits, or (when not `valid`) maybe one that does not. */
function inputValue(type: GraphQLInputType, mode: Mode, depth = 0): fc.Arbitrary<unknown> {
  const text = textFor(mode.writes);
  const maybeWrong = (fitting: fc.Arbitrary<unknown>, wrong: fc.Arbitrary<unknown>) =>
    mode.valid ? fitting : fc.oneof({ weight: 8, arbitrary: fitting }, wrong);
  if (isNonNullType(type)) {
    return maybeWrong(inputValue(type.ofType, mode, depth), fc.constant(null));
  }
  const nullable = (value: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 5, arbitrary: value }, fc.constant(null), fc.constant(undefined));
  if (isListType(type)) {
    return nullable(fc.array(inputValue(type.ofType, mode, depth + 1), { maxLength: 3 }));
  }
  const misfit = fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean(), fc.constant({}));
  if (isScalarType(type)) {
    const fitting: Record<string, fc.Arbitrary<unknown>> = {
      // 1 to 3 fits every size argument (first, limit, depth, maxHops).
      Int: mode.valid
        ? fc.integer({ min: 1, max: 3 })
        : fc.oneof(fc.integer({ min: -3, max: 120 }), fc.integer()),
      Float: fc.double({ noNaN: true, noDefaultInfinity: true }),
      Boolean: fc.boolean(),
      String: text,
      ID: fc.oneof(text, fc.constant('VGVjaG5vbG9neTpjcm9zcy1jaGFpbg')),
    };
    return nullable(maybeWrong(fitting[type.name] ?? text, misfit));
  }
  if (isEnumType(type)) {
    return nullable(maybeWrong(fc.constantFrom(...type.getValues().map((v) => v.name)), misfit));
  }
  if (isInputObjectType(type) && depth < 3) {
    const fields = Object.values(type.getFields());
    return nullable(
      fc.record(
        Object.fromEntries(fields.map((f) => [f.name, inputValue(f.type, mode, depth + 1)])),
        {
          requiredKeys: mode.valid
            ? fields.filter((f) => isNonNullType(f.type)).map((f) => f.name)
            : [],
        },
      ),
    );
  }
  return fc.constant(null);
}

/** A JSON value as a GraphQL literal of `type` (enum values unquoted). */
function literal(value: unknown, type: GraphQLInputType | undefined): string {
  if (value === null || value === undefined) return 'null';
  const inner = type && isNonNullType(type) ? type.ofType : type;
  if (Array.isArray(value)) {
    const item = inner && isListType(inner) ? inner.ofType : undefined;
    return `[${value.map((v) => literal(v, item)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
    return `{ ${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type)}`)
      .join(', ')} }`;
  }
  const named = inner && getNamedType(inner);
  if (named && isEnumType(named) && typeof value === 'string' && /^[A-Za-z_]\w*$/.test(value)) {
    return value;
  }
  return JSON.stringify(value);
}

interface Built {
  variables: Record<string, unknown>;
  declarations: string[];
  aliases: number;
}

/** Arguments of a field, each written inline or passed as a variable. */
function argumentsOf(field: GraphQLField<unknown, unknown>, mode: Mode) {
  const one = (arg: GraphQLArgument) =>
    fc.record({
      arg: fc.constant(arg),
      value: inputValue(arg.type, mode),
      asVariable: fc.boolean(),
      present:
        mode.valid && isNonNullType(arg.type) && arg.defaultValue === undefined
          ? fc.constant(true)
          : fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, fc.constant(false)),
    });
  return fc.tuple(...field.args.map(one));
}

function selection(
  type: GraphQLNamedType,
  depth: number,
  mode: Mode,
): fc.Arbitrary<(b: Built) => string> {
  if (!(isObjectType(type) || isInterfaceType(type)) || depth > 3) {
    return fc.constant(() => '__typename');
  }
  const fields = Object.values(type.getFields());
  const fieldChoice = mode.valid
    ? fc.constantFrom(...fields)
    : fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom(...fields) },
        fc.constant(null), // an unknown field
      );
  const one = (field: GraphQLField<unknown, unknown> | null) => {
    if (!field) return fc.constant((_b: Built) => 'noSuchField');
    const named = getNamedType(field.type);
    const inner =
      isObjectType(named) || isInterfaceType(named) || isUnionType(named)
        ? selection(isUnionType(named) ? named.getTypes()[0] : named, depth + 1, mode)
        : fc.constant(null);
    return fc.tuple(argumentsOf(field, mode), inner, fc.boolean()).map(([args, sub, alias]) => {
      return (b: Built) => {
        const written = args
          .filter((a) => a.present && a.value !== undefined)
          .map((a) => {
            if (!a.asVariable) return `${a.arg.name}: ${literal(a.value, a.arg.type)}`;
            const name = `v${b.declarations.length}`;
            b.declarations.push(`$${name}: ${a.arg.type.toString()}`);
            b.variables[name] = a.value;
            return `${a.arg.name}: $${name}`;
          });
        b.aliases += alias ? 1 : 0;
        const head = `${alias ? `x${b.aliases}: ` : ''}${field.name}${
          written.length ? `(${written.join(', ')})` : ''
        }`;
        return sub ? `${head} { ${sub(b)} }` : head;
      };
    });
  };
  // Distinct fields: the same field twice with other arguments would be a conflict.
  return fc
    .uniqueArray(fieldChoice, { selector: (f) => f?.name, minLength: 1, maxLength: 3 })
    .chain((chosen) => fc.tuple(...chosen.map(one)))
    .map((parts) => (b: Built) => parts.map((part) => part(b)).join(' '));
}

/** The text and variables of an operation of `kind` whose root selection is `select`. */
function written(kind: 'query' | 'mutation', select: (b: Built) => string) {
  const built: Built = { variables: {}, declarations: [], aliases: 0 };
  const body = select(built);
  const vars = built.declarations.length ? `(${built.declarations.join(', ')})` : '';
  return { query: `${kind} Fuzz${vars} { ${body} }`, variables: built.variables };
}

/** A query, meant to be valid or maybe wrong anywhere. */
export const generatedQuery = fc
  .boolean()
  .chain((valid) => selection(schema.getQueryType()!, 0, { writes: false, valid }))
  .map((select) => written('query', select));

/** A query or a mutation (sent with the editor key when `editor`). */
export const generatedOperation = fc.oneof(
  { weight: 6, arbitrary: generatedQuery.map((op) => ({ ...op, editor: false })) },
  fc
    .tuple(
      fc
        .boolean()
        .chain((valid) => selection(schema.getMutationType()!, 0, { writes: true, valid })),
      fc.boolean(),
    )
    .map(([select, withKey]) => ({ ...written('mutation', select), editor: withKey })),
);
