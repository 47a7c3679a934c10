import { toGlobalId } from '../../src/graphql/ids';
import { startTestApp, TestApp } from '../helpers/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

interface NodeShape {
  __typename: string;
  id: string;
  key?: string;
}

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const body = await app.graphql<T>(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

const NODE_FIELDS = `
  __typename id
  ... on Concept { key }
  ... on Paper { key }
  ... on Section { key }
  ... on Fact { key }
`;

describe('node and nodes', () => {
  it('fetches back a concept, paper, section and fact by the id they expose', async () => {
    const seen = await data<{
      concept: NodeShape;
      paper: NodeShape;
      section: NodeShape;
      facts: NodeShape[];
    }>(`{
      concept(key: "cross-chain") { __typename id key }
      paper(key: "caict-blockchain-2020") { __typename id key }
      section(paper: "caict-blockchain-2020", number: "II.(2).2") { __typename id key }
      facts(first: 1) { __typename id key }
    }`);
    const expected = [seen.concept, seen.paper, seen.section, seen.facts[0]];
    expect(seen.concept.__typename).toBe('Technology');

    for (const item of expected) {
      const { node } = await data<{ node: NodeShape }>(
        `query($id: ID!) { node(id: $id) { ${NODE_FIELDS} } }`,
        {
          id: item.id,
        },
      );
      expect(node).toEqual(item);
    }
    const { nodes } = await data<{ nodes: NodeShape[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_FIELDS} } }`,
      { ids: expected.map((item) => item.id).reverse() },
    );
    expect(nodes).toEqual([...expected].reverse());
  });

  it('answers null for well-formed ids of things that do not exist', async () => {
    const ids = [
      toGlobalId('Technology', 'no-such-concept'),
      toGlobalId('Section', 'caict-blockchain-2020/IX'),
      toGlobalId('Paper', 'no-such-paper'),
      toGlobalId('Fact', 'no-such-fact'),
      // A concept id minted for the wrong kind names nothing.
      toGlobalId('Trend', 'cross-chain'),
    ];
    const { nodes } = await data<{ nodes: (NodeShape | null)[] }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids },
    );
    expect(nodes).toEqual([null, null, null, null, null]);
    const { node } = await data<{ node: NodeShape | null }>(
      'query($id: ID!) { node(id: $id) { id } }',
      {
        id: ids[0],
      },
    );
    expect(node).toBeNull();
  });

  it('rejects a malformed id as BAD_USER_INPUT naming the argument', async () => {
    for (const id of ['not an id', 'Zm9v', toGlobalId('Unknown', 'x')]) {
      const body = await app.graphql('query($id: ID!) { node(id: $id) { id } }', { id });
      expect(body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    }
    const good = toGlobalId('Technology', 'cross-chain');
    const body = await app.graphql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: [good, '%%%'],
    });
    expect(body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'ids[1]' });
  });

  it('limits nodes to 100 ids', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => toGlobalId('Technology', `k${i}`));
    const body = await app.graphql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'ids' });
  });
});
