import fs from 'node:fs';
import path from 'node:path';
import {
  ASTNode,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { sha256Hex } from '../../src/http/auth';
import { PROJECT_ROOT } from '../../src/core/paths';
import { buildAppSchema } from '../../src/graphql/schema';
import { startTestApp, TestApp } from '../helpers/app';

const EDITOR = 'examples-editor-key';
const dir = path.join(PROJECT_ROOT, 'examples');

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ API_KEYS: `${sha256Hex(EDITOR)}:editor` });
});
afterAll(async () => {
  await app.graphql(
    'mutation { deleteConcept(key: "example-verifiable-credentials") }',
    {},
    {
      authorization: `Bearer ${EDITOR}`,
    },
  );
  await app.close();
});

/** Runs examples/<name>.graphql with its variables file, exactly as a frontend would send it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function run(name: string, headers: Record<string, string> = {}): Promise<any> {
  const query = fs.readFileSync(path.join(dir, `${name}.graphql`), 'utf8');
  const variables = JSON.parse(fs.readFileSync(path.join(dir, `${name}.variables.json`), 'utf8'));
  const body = await app.graphql(query, variables, headers);
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Type names that have an `id` field; each of them is selected with its id in every example. */
const TYPES_WITH_ID = new Set(
  Object.values(buildAppSchema().getTypeMap())
    .filter((type) => isObjectType(type) && 'id' in type.getFields())
    .map((type) => type.name),
);

describe('example operations', () => {
  it('select the id of every object that has one, so client caches can normalise them', () => {
    const schema = buildAppSchema();
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.graphql'))) {
      const document = parse(fs.readFileSync(path.join(dir, file), 'utf8'));
      const typeInfo = new TypeInfo(schema);
      const missing: string[] = [];
      visit(
        document,
        visitWithTypeInfo(typeInfo, {
          SelectionSet(node, _key, parent) {
            // A fragment on a kind adds fields to an object whose id is selected beside it.
            if ((parent as ASTNode).kind === Kind.INLINE_FRAGMENT) return;
            const type = getNamedType(typeInfo.getType());
            if (!type || !(isObjectType(type) || isInterfaceType(type))) return;
            const needsId = isObjectType(type)
              ? TYPES_WITH_ID.has(type.name)
              : 'id' in type.getFields();
            const selected = node.selections.some(
              (s) => s.kind === Kind.FIELD && s.name.value === 'id' && !s.alias,
            );
            if (needsId && !selected) missing.push(`${file}: ${type.name}`);
          },
        }),
      );
      expect(missing).toEqual([]);
    }
  });

  it('every example has a test below', () => {
    const names = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql'));
    expect(names.sort()).toEqual(
      ['co-mentions', 'concept-page', 'edit', 'neighborhood', 'outline', 'path', 'search'].map(
        (n) => `${n}.graphql`,
      ),
    );
  });

  it('outline: five chapters in order, each with its sub-headings', async () => {
    const { paper } = await run('outline');
    expect(paper.titleZh).toBe('区块链白皮书（2020年）');
    expect(paper.outline.map((s: { number: string }) => s.number)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
    ]);
    const map = paper.outline[1].children[0];
    expect(map.title).toBe('Blockchain Technology Map');
    expect(map.children.map((s: { number: string }) => s.number)).toEqual([
      'II.(1).1',
      'II.(1).2',
      'II.(1).3',
    ]);
  });

  it('concept page: kind-specific fields, evidence and relation sentences', async () => {
    const { concept } = await run('concept-page');
    expect(concept.__typename).toBe('Technology');
    expect(concept.evidence.length).toBeGreaterThan(0);
    expect(concept.relations.edges.length).toBe(Math.min(5, concept.relations.totalCount));
    for (const { node } of concept.relations.edges) {
      expect(node.sentence).toMatch(/\((heading|source|curated): [IV]+.*\)\.$/);
    }
  });

  it('search: a misspelt word still finds the concept', async () => {
    const { search } = await run('search');
    expect(search[0].concept.key).toBe('cross-chain');
  });

  it('neighborhood: a closed subgraph within the limit', async () => {
    const { neighborhood } = await run('neighborhood');
    const keys = new Set(neighborhood.nodes.map((n: { key: string }) => n.key));
    expect(keys.has('privacy-computing')).toBe(true);
    expect(keys.size).toBeLessThanOrEqual(12);
    for (const edge of neighborhood.edges) {
      expect(keys.has(edge.from.key) && keys.has(edge.to.key)).toBe(true);
    }
  });

  it('path: from one concept to the other, explained hop by hop', async () => {
    const { paths } = await run('path');
    expect(paths.length).toBeGreaterThan(0);
    const [first] = paths;
    expect(first.concepts[0].key).toBe('smart-contract');
    expect(first.concepts.at(-1).key).toBe('supply-chain-finance');
    expect(first.explanation).toMatch(/^Smart contract /);
    expect(first.explanation.match(/\((heading|source|curated): [^)]+\)\./g)).toHaveLength(
      first.length,
    );
  });

  it('co-mentions: ranked by shared sections', async () => {
    const { coMentioned } = await run('co-mentions');
    const counts = coMentioned.map((c: { count: number }) => c.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const item of coMentioned) expect(item.sharedSections).toHaveLength(item.count);
  });

  it('edit: an editor adds a concept and links it', async () => {
    const data = await run('edit', { authorization: `Bearer ${EDITOR}` });
    expect(data.createConcept).toEqual({
      __typename: 'Technology',
      id: expect.any(String),
      key: 'example-verifiable-credentials',
      name: 'Verifiable credentials',
    });
    expect(data.linkConcepts.sentence).toMatch(/^Verifiable credentials is related to /);
  });
});
