import { startTestApp, TestApp } from '../helpers/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const PAPER = 'caict-blockchain-2020';

interface SectionShape {
  id: string;
  key: string;
  number: string;
  level: number;
  order: number;
  title: string;
  children: SectionShape[];
}

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const body = await app.graphql<T>(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

function flatten(sections: SectionShape[]): SectionShape[] {
  return sections.flatMap((section) => [section, ...flatten(section.children ?? [])]);
}

describe('papers', () => {
  it('lists the paper with titles, publisher, date and a nested outline in reading order', async () => {
    const { papers } = await data<{
      papers: {
        key: string;
        title: string;
        zh: string;
        titles: { lang: string; text: string; original: boolean }[];
        publishedOn: string;
        url: string;
        event: string;
        sectionCount: number;
        publisher: { __typename: string; kind: string; key: string };
        outline: SectionShape[];
      }[];
    }>(`{
      papers {
        key title zh: title(lang: ZH) titles { lang text original } publishedOn url event sectionCount
        publisher { __typename kind key }
        outline { id key number level order title children { id key number level order title children { id key number level order title children { number } } } }
      }
    }`);
    const paper = papers.find((p) => p.key === PAPER)!;
    expect(paper.title).toBe('White Paper on Blockchain (2020)');
    expect(paper.zh).toMatch(/区块链白皮书/);
    expect(paper.titles).toEqual([
      { lang: 'EN', text: paper.title, original: false },
      { lang: 'ZH', text: paper.zh, original: true },
    ]);
    expect(paper.publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(paper.url).toMatch(/^https?:\/\//);
    expect(paper.event).toBeTruthy();
    expect(paper.publisher).toMatchObject({ __typename: 'Organization', kind: 'ORGANIZATION' });

    expect(paper.outline.every((chapter) => chapter.level === 1)).toBe(true);
    const all = flatten(paper.outline);
    expect(all).toHaveLength(paper.sectionCount);
    expect(paper.sectionCount).toBe(45);
    const orders = all.map((s) => s.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    for (const section of all) {
      for (const child of section.children ?? []) {
        expect(child.level).toBe(section.level + 1);
        expect(child.number.startsWith(`${section.number}.`)).toBe(true);
      }
    }
  });

  it('finds one paper by key and answers null for an unknown key', async () => {
    const result = await data<{ known: { key: string }; unknown: null }>(
      `{ known: paper(key: "${PAPER}") { key } unknown: paper(key: "no-such-paper") { key } }`,
    );
    expect(result).toEqual({ known: { key: PAPER }, unknown: null });
  });
});

describe('section', () => {
  it('finds a section by paper and number, with its place in the outline', async () => {
    const { section } = await data<{
      section: {
        key: string;
        number: string;
        title: string;
        zh: string;
        titles: { lang: string; original: boolean }[];
        level: number;
        paper: { key: string };
        parent: { number: string; children: { number: string }[] };
        children: unknown[];
        path: { number: string }[];
      };
    }>(`{
      section(paper: "${PAPER}", number: "II.(1).1") {
        key number title zh: title(lang: ZH) titles { lang original } level
        paper { key } parent { number children { number } } children { number } path { number }
      }
    }`);
    expect(section).toMatchObject({
      key: `${PAPER}/II.(1).1`,
      number: 'II.(1).1',
      title: 'Current Status of Core Technologies',
      level: 3,
      paper: { key: PAPER },
      children: [],
    });
    expect(section.zh).not.toBe(section.title);
    expect(section.titles).toEqual([
      { lang: 'EN', original: false },
      { lang: 'ZH', original: false },
    ]);
    expect(section.parent.number).toBe('II.(1)');
    expect(section.parent.children.map((c) => c.number)).toContain('II.(1).1');
    expect(section.path.map((s) => s.number)).toEqual(['II', 'II.(1)', 'II.(1).1']);
  });

  it('answers null for an unknown number or paper, and a chapter has no parent', async () => {
    const result = await data<Record<string, unknown>>(`{
      a: section(paper: "${PAPER}", number: "IX.(9)") { key }
      b: section(paper: "nope", number: "I") { key }
      c: section(paper: "${PAPER}", number: "II") { parent { key } path { number } }
    }`);
    expect(result).toEqual({ a: null, b: null, c: { parent: null, path: [{ number: 'II' }] } });
  });

  it("lists a section's concepts including those of its subsections, paged consistently", async () => {
    type Page = {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: { key: string; kind: string } }[];
    };
    const walk = async (number: string, kinds?: string[]) => {
      const keys: string[] = [];
      let after: string | null = null;
      let total = -1;
      for (;;) {
        const { section }: { section: { concepts: Page } } = await data(
          `query($after: String, $kinds: [ConceptKind!]) {
            section(paper: "${PAPER}", number: "${number}") {
              concepts(first: 7, after: $after, kinds: $kinds) {
                totalCount pageInfo { hasNextPage endCursor } edges { cursor node { key kind } }
              }
            }
          }`,
          { after, kinds },
        );
        total = section.concepts.totalCount;
        keys.push(...section.concepts.edges.map((e) => e.node.key));
        if (!section.concepts.pageInfo.hasNextPage) break;
        after = section.concepts.pageInfo.endCursor;
      }
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toHaveLength(total);
      return keys;
    };
    const chapter = await walk('II.(1)');
    const sub = await walk('II.(1).1');
    expect(sub.length).toBeGreaterThan(0);
    expect(chapter.length).toBeGreaterThan(sub.length);
    for (const key of sub) expect(chapter).toContain(key);
    const technologies = await walk('II.(1)', ['TECHNOLOGY']);
    expect(technologies.length).toBeLessThanOrEqual(chapter.length);
    expect(technologies.every((key) => chapter.includes(key))).toBe(true);
  });
});
