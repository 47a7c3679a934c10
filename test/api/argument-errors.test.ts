import { parse } from 'graphql';
import { argumentPath, variablePath } from '../../src/graphql/argument-errors';
import { startTestApp, TestApp } from '../helpers/app';

describe('naming the argument at fault', () => {
  it('finds the argument, and the input field within it, that holds a literal', () => {
    const document = parse('{ concepts(filter: { kinds: [GADGET] }, first: 3) { totalCount } }');
    let gadget: unknown;
    JSON.stringify(document, (_key, value) => {
      if (value?.kind === 'EnumValue' && value.value === 'GADGET') gadget = value;
      return value;
    });
    expect(argumentPath(document, gadget as never)).toBe('filter.kinds');
    expect(argumentPath(document, document.definitions[0])).toBeUndefined();
  });

  it('reads the variable and the place inside it from Apollo’s message', () => {
    expect(
      variablePath('Variable "$k" got invalid value "X" at "k[0]"; Value "X" does not exist'),
    ).toBe('k[0]');
    expect(variablePath('Variable "$first" of required type "Int!" was not provided.')).toBe(
      'first',
    );
    expect(variablePath('something else')).toBeUndefined();
  });
});

describe('wrong argument values over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it.each([
    [
      'an unknown kind inline',
      '{ concepts(filter: { kinds: [GADGET] }) { totalCount } }',
      {},
      'filter.kinds',
    ],
    [
      'an unknown kind in a variable',
      'query($k: [ConceptKind!]) { concepts(filter: { kinds: $k }) { totalCount } }',
      { k: ['GADGET'] },
      'k[0]',
    ],
    [
      'an unknown relation type',
      '{ neighborhood(key: "cross-chain", types: [LIKES]) { truncated } }',
      {},
      'types',
    ],
    [
      'a string for an Int',
      '{ neighborhood(key: "cross-chain", depth: "two") { truncated } }',
      {},
      'depth',
    ],
    [
      'a missing required argument',
      'query($key: String!) { concept(key: $key) { key } }',
      {},
      'key',
    ],
  ])('answers %s with BAD_USER_INPUT naming the field', async (_case, query, variables, field) => {
    const body = await app.graphql(query, variables);
    expect(body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });
});
