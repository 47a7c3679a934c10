import 'reflect-metadata';
import { FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { compiledSize } from '../../src/graphql/compiled-size';
import { buildAppSchema } from '../../src/graphql/schema';

const schema = buildAppSchema();
const KINDS = schema.getPossibleTypes(schema.getType('Concept') as never).length;

function sizeOf(query: string, limit = 1e9): number {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return compiledSize(schema, operation, fragments, limit);
}

describe('compiledSize', () => {
  it('counts each field once under object types', () => {
    expect(sizeOf('{ paper(key: "p") { key title outline { key number } } }')).toBe(6);
  });

  it('repeats what is under an abstract type once per possible type, fragments included', () => {
    expect(KINDS).toBeGreaterThan(1);
    expect(sizeOf('{ concept(key: "k") { key name } }')).toBe(1 + 2 * KINDS);
    expect(sizeOf('{ concept(key: "k") { ...F } } fragment F on Concept { key name }')).toBe(
      1 + 2 * KINDS,
    );
    const nested = '{ concept(key: "k") { relations { edges { node { from { key } } } } } }';
    // concept; relations, edges, node, from: once per concept type; key: per type of each end.
    expect(sizeOf(nested)).toBe(1 + 4 * KINDS + KINDS * KINDS);
  });

  it('stops counting past its limit', () => {
    const ends = (inner: string) => `from { key ${inner} } to { key ${inner} }`;
    const hop = (inner: string) => `relations { edges { node { ${ends(inner)} } } }`;
    const query = `{ concept(key: "k") { ${hop(hop(hop('name')))} } }`;
    expect(sizeOf(query)).toBeGreaterThan(100_000);
    expect(sizeOf(query, 1500)).toBeLessThan(1500 + KINDS ** 4);
  });
});
