import { startTestApp, TestApp } from '../helpers/app';

/** What the corrected seed tells a reader: whose words a name is, where a claim comes from. */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function data<T>(query: string): Promise<T> {
  const body = await app.graphql<T>(query);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

interface EvidenceShape {
  basis: string;
  sourceUrl: string | null;
  quote: string | null;
}

describe('attribution in the API', () => {
  it("marks a Chinese name a source gives verbatim as original, and the English one as the editors'", async () => {
    const { concept } = await data<{
      concept: {
        names: { lang: string; text: string; original: boolean }[];
        evidence: EvidenceShape[];
      };
    }>(`{
      concept(key: "business-process-reengineering") {
        names { lang text original }
        evidence { basis sourceUrl quote }
      }
    }`);
    expect(concept.names).toEqual([
      { lang: 'EN', text: 'Business-process re-engineering', original: false },
      { lang: 'ZH', text: '业务流程重构', original: true },
    ]);
    const sourced = concept.evidence.filter((e) => e.basis === 'SOURCE');
    expect(sourced.length).toBeGreaterThan(0);
    for (const e of sourced) expect(e.quote).toContain('业务流程重构');
  });

  it('returns the quote of every SOURCE evidence item and none for the others', async () => {
    const { concept } = await data<{ concept: { evidence: EvidenceShape[] } }>(`{
      concept(key: "capital-cooling") { evidence { basis sourceUrl quote } }
    }`);
    expect(concept.evidence.map((e) => e.basis).sort()).toEqual(['HEADING', 'SOURCE']);
    for (const e of concept.evidence) {
      if (e.basis === 'SOURCE') expect(e.quote).toMatch(/cooled down in 2019 and 2020/);
      else expect(e.quote).toBeNull();
    }
  });

  it('credits the launch figures to the speaker at the release, not to the paper', async () => {
    const { facts } = await data<{
      facts: { key: string; statement: string; evidence: (EvidenceShape & { note: string })[] }[];
    }>(`{ facts { key statement evidence { basis sourceUrl quote note } } }`);
    const launch = facts.filter((f) =>
      f.evidence.some((e) => e.quote?.includes('introduced at the meeting')),
    );
    expect(launch.map((f) => f.key).sort()).toEqual([
      'caict-deputy-chief-engineer-at-release',
      'china-h1-2020-policy-surge',
      'global-industry-cooling-2019-2020',
      'patent-applications-2013-2020',
    ]);
    for (const fact of launch) {
      expect(fact.statement).toMatch(/deputy chief engineer/);
      expect(fact.statement).not.toMatch(/^The paper (was presented|states|says)/);
    }
  });

  it('conjugates the verb for a plural subject in the relation sentence', async () => {
    const { concept } = await data<{
      concept: { relations: { edges: { node: { sentence: string; zh: string } }[] } };
    }>(`{
      concept(key: "core-technologies") {
        relations(direction: OUT, types: [PART_OF]) {
          edges { node { sentence zh: sentence(lang: ZH) } }
        }
      }
    }`);
    const sentences = concept.relations.edges.map((edge) => edge.node);
    expect(sentences.length).toBeGreaterThan(0);
    for (const { sentence, zh } of sentences) {
      expect(sentence).toMatch(/^Core technologies are part of .+ \(heading: II\.\(1\)\.1\)\.$/);
      expect(zh).toMatch(/^核心技术是.+的组成部分（标题：II\.\(1\)\.1）。$/);
    }
  });
});
