import { toGlobalId } from '../../src/graphql/ids';
import { startTestApp, TestApp } from '../helpers/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** Sends the operation and returns the single error's extensions and message. */
async function failure(query: string, variables?: Record<string, unknown>) {
  const body = await app.graphql(query, variables);
  expect(body.errors).toHaveLength(1);
  const [error] = body.errors!;
  expect(JSON.stringify(error)).not.toMatch(/stack|at \w+ \(/i);
  return { extensions: error.extensions, message: error.message };
}

const badInput = (field: string) => ({ code: 'BAD_USER_INPUT', field });

describe('argument validation', () => {
  it.each([
    ['concepts first', '{ concepts(first: 101) { totalCount } }', 'first'],
    ['concepts negative first', '{ concepts(first: -1) { totalCount } }', 'first'],
    ['concepts after', '{ concepts(after: "garbage") { totalCount } }', 'after'],
    [
      'relations first',
      '{ concept(key: "cross-chain") { relations(first: 500) { totalCount } } }',
      'first',
    ],
    [
      'relations after',
      '{ concept(key: "cross-chain") { relations(after: "bm9wZQ") { totalCount } } }',
      'after',
    ],
    [
      'section concepts first',
      '{ section(paper: "caict-blockchain-2020", number: "II") { concepts(first: 101) { totalCount } } }',
      'first',
    ],
    [
      'section concepts after',
      '{ section(paper: "caict-blockchain-2020", number: "II") { concepts(after: "%%") { totalCount } } }',
      'after',
    ],
    ['search first', '{ search(text: "chain", first: 101) { score } }', 'first'],
    ['facts first', '{ facts(first: 101) { key } }', 'first'],
    ['coMentioned first', '{ coMentioned(key: "cross-chain", first: -5) { count } }', 'first'],
    [
      'neighborhood depth too deep',
      '{ neighborhood(key: "cross-chain", depth: 4) { truncated } }',
      'depth',
    ],
    [
      'neighborhood depth zero',
      '{ neighborhood(key: "cross-chain", depth: 0) { truncated } }',
      'depth',
    ],
    [
      'neighborhood limit',
      '{ neighborhood(key: "cross-chain", limit: 501) { truncated } }',
      'limit',
    ],
    [
      'neighborhood limit zero',
      '{ neighborhood(key: "cross-chain", limit: 0) { truncated } }',
      'limit',
    ],
    ['paths maxHops', '{ paths(from: "a", to: "b", maxHops: 7) { length } }', 'maxHops'],
    ['paths maxHops zero', '{ paths(from: "a", to: "b", maxHops: 0) { length } }', 'maxHops'],
    ['paths first', '{ paths(from: "a", to: "b", first: 11) { length } }', 'first'],
    ['node id', '{ node(id: "***") { id } }', 'id'],
    ['nodes ids', `{ nodes(ids: ["${toGlobalId('Paper', 'x')}", "***"]) { id } }`, 'ids[1]'],
    [
      'section filter with an id of another type',
      `{ concepts(filter: { section: "${toGlobalId('Technology', 'cross-chain')}" }) { totalCount } }`,
      'filter.section',
    ],
    [
      'nameContains too long',
      `{ concepts(filter: { nameContains: "${'x'.repeat(201)}" }) { totalCount } }`,
      'filter.nameContains',
    ],
  ])('rejects %s as BAD_USER_INPUT naming the argument', async (_what, query, field) => {
    const { extensions, message } = await failure(query);
    expect(extensions).toEqual(badInput(field));
    expect(message.length).toBeGreaterThan(0);
  });

  it('says which range is allowed', async () => {
    const { message } = await failure(
      '{ neighborhood(key: "cross-chain", depth: 9) { truncated } }',
    );
    expect(message).toMatch(/depth must be an integer from 1 to 3/);
  });

  it('accepts the edges of every range', async () => {
    const body = await app.graphql(`{
      concepts(first: 100) { totalCount }
      zero: concepts(first: 0) { totalCount }
      search(text: "chain", first: 100) { score }
      neighborhood(key: "cross-chain", depth: 3, limit: 500) { truncated }
      paths(from: "cross-chain", to: "finance", maxHops: 6, first: 10) { length }
      coMentioned(key: "cross-chain", first: 100) { count }
      facts(first: 0) { key }
    }`);
    expect(body.errors).toBeUndefined();
  });

  it('refuses an unknown enum value as bad input naming the argument', async () => {
    const body = await app.graphql('{ concepts(orderBy: SIZE) { totalCount } }');
    expect(body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'orderBy' });
  });
});
