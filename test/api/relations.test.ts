import { RELATION_TYPES } from '../../src/core/graph-vocabulary';
import { startTestApp, TestApp } from '../helpers/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

interface RelationShape {
  type: string;
  from: { key: string; name: string; nameZh: string };
  to: { key: string; name: string; kind: string; nameZh: string };
  evidence: { basis: string; sourceUrl: string | null; section: { number: string } }[];
  sentence: string;
  zh: string;
}

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: RelationShape }[];
}

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const body = await app.graphql<T>(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

async function walk(key: string, args: Record<string, unknown> = {}, first = 7) {
  const items: RelationShape[] = [];
  let after: string | null = null;
  let total = 0;
  let degree = 0;
  for (;;) {
    const { concept }: { concept: { degree: number; relations: Page } } = await data(
      `query($key: String!, $direction: Direction, $types: [RelationType!], $kinds: [ConceptKind!], $first: Int, $after: String) {
        concept(key: $key) {
          degree
          relations(direction: $direction, types: $types, kinds: $kinds, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor }
            edges { cursor node {
              type sentence zh: sentence(lang: ZH)
              from { key name nameZh: name(lang: ZH) } to { key name kind nameZh: name(lang: ZH) }
              evidence { basis sourceUrl section { number } }
            } }
          }
        }
      }`,
      { key, ...args, first, after },
    );
    total = concept.relations.totalCount;
    degree = concept.degree;
    items.push(...concept.relations.edges.map((edge) => edge.node));
    if (!concept.relations.pageInfo.hasNextPage) break;
    after = concept.relations.pageInfo.endCursor;
  }
  expect(items).toHaveLength(total);
  return { items, degree };
}

const id = (r: RelationShape) => `${r.from.key}|${r.type}|${r.to.key}`;

describe('Concept.relations', () => {
  it('splits into OUT and IN, whose union is BOTH and whose size is the degree', async () => {
    const out = await walk('cross-chain', { direction: 'OUT' });
    const inward = await walk('cross-chain', { direction: 'IN' });
    const both = await walk('cross-chain');
    expect(out.items.length).toBeGreaterThan(0);
    expect(inward.items.length).toBeGreaterThan(0);
    expect(out.items.every((r) => r.from.key === 'cross-chain')).toBe(true);
    expect(inward.items.every((r) => r.to.key === 'cross-chain')).toBe(true);
    expect(both.items.map(id).sort()).toEqual([...out.items, ...inward.items].map(id).sort());
    expect(new Set(both.items.map(id)).size).toBe(both.items.length);
    expect(both.degree).toBe(both.items.length);
  });

  it('keeps only the eleven relation types, each with evidence', async () => {
    const { items } = await walk('caict');
    expect(items.length).toBeGreaterThan(0);
    for (const relation of items) {
      expect(RELATION_TYPES).toContain(relation.type);
      expect(relation.evidence.length).toBeGreaterThan(0);
      for (const evidence of relation.evidence) {
        if (evidence.basis === 'SOURCE') expect(evidence.sourceUrl).toMatch(/^https?:\/\//);
        else expect(['HEADING', 'CURATED']).toContain(evidence.basis);
      }
    }
  });

  it('filters by type and by the kind of the other end', async () => {
    const all = (await walk('cross-chain')).items;
    const partOf = (await walk('cross-chain', { types: ['PART_OF'] })).items;
    expect(partOf.length).toBeGreaterThan(0);
    expect(partOf.length).toBeLessThan(all.length);
    expect(partOf.every((r) => r.type === 'PART_OF')).toBe(true);
    const industries = (await walk('cross-chain', { direction: 'OUT', kinds: ['INDUSTRY'] })).items;
    expect(industries.length).toBeGreaterThan(0);
    expect(industries.every((r) => r.to.kind === 'INDUSTRY')).toBe(true);
  });

  it('reads every relation as a sentence with its section numbers, in English and Chinese', async () => {
    const { items } = await walk('cross-chain');
    for (const relation of items) {
      expect(relation.sentence.startsWith(`${relation.from.name} `)).toBe(true);
      expect(relation.sentence).toContain(`${relation.to.name} (`);
      expect(relation.zh.startsWith(relation.from.nameZh)).toBe(true);
      for (const { section } of relation.evidence) {
        expect(relation.sentence).toContain(section.number);
        expect(relation.zh).toContain(section.number);
      }
      // Curated links say so in the sentence itself.
      const curated = relation.evidence.some((e) => e.basis === 'CURATED');
      expect(relation.sentence.includes('curated: ')).toBe(curated);
      expect(relation.zh.includes('编者整理：')).toBe(curated);
    }
    const enables = items.find((r) => r.type === 'ENABLES' && r.from.key === 'cross-chain');
    expect(enables?.sentence).toMatch(/^Cross-chain \S.* enables /);
  });
});
