import { startBothExecutors, startTestApp, TestApp } from '../helpers/app';
import { captureLog } from '../helpers/log-capture';

// Fragments on the interface and on one type, an inline fragment, @include with a variable,
// aliases, a lazily counted total and both ends of every relation: what graphql-jit compiles.
const RICH = `query Rich($key: String!, $withEvidence: Boolean!, $first: Int) {
  concept(key: $key) { ...Basics ... on Technology { category }
    evidence @include(if: $withEvidence) { basis section { number title } }
    out: relations(first: $first, direction: OUT) { totalCount edges { cursor node {
      id type sentence from { ...Basics } to { __typename ...Basics } } } }
    all: relations(first: 3) { totalCount pageInfo { hasNextPage endCursor } } }
  concepts(first: 5) { totalCount edges { node { __typename key name(lang: ZH) } } }
}
fragment Basics on Concept { key kind name aliases }`;
const VARIABLES = { key: 'cross-chain', withEvidence: true, first: 7 };

describe('operations run by graphql-js first, compiled by graphql-jit when they come again', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ JIT_AFTER_RUNS: '1' });
  });
  afterAll(() => app.close());

  it('answers the same whichever runs them', async () => {
    const answers = [];
    for (let run = 0; run < 3; run++) answers.push(await app.graphql(RICH, VARIABLES));
    expect(answers[0].errors).toBeUndefined();
    expect(JSON.stringify(answers[0].data)).toContain('"totalCount"');
    expect(answers[1].data).toEqual(answers[0].data);
    expect(answers[2].data).toEqual(answers[0].data);
    // @include is read from each run's variables, not fixed at compile time.
    const without = await app.graphql<{ concept: Record<string, unknown> }>(RICH, {
      ...VARIABLES,
      withEvidence: false,
    });
    expect(without.data?.concept).not.toHaveProperty('evidence');
    expect({ ...without.data?.concept, evidence: undefined }).toEqual({
      ...(answers[0].data as { concept: Record<string, unknown> }).concept,
      evidence: undefined,
    });
  });

  it('gives the same errors, codes and fields whichever runs them', async () => {
    const query = 'query($first: Int) { concepts(first: $first) { totalCount } }';
    const errors = [];
    for (let run = 0; run < 3; run++)
      errors.push((await app.graphql(query, { first: 500 })).errors);
    expect(errors[0]?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(errors[1]).toEqual(errors[0]);
    expect(errors[2]).toEqual(errors[0]);
    // A variable that does not fit its type, once the operation is compiled.
    const wrong = await app.graphql(query, { first: 'many' });
    expect(wrong.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    const missing = await app.graphql('query($key: String!) { concept(key: $key) { key } }', {});
    expect(missing.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'key' });
  });
});

describe('an operation too large to compile', () => {
  let app: TestApp;
  const { lines, log } = captureLog();
  const notCompiled = () => lines.filter((line) => /too large to compile/.test(String(line.msg)));
  beforeAll(async () => {
    app = await startTestApp({ JIT_AFTER_RUNS: '0' }, undefined, log);
  });
  afterAll(() => app.close());

  it('is answered by graphql-js, as often as it comes', async () => {
    // Within the depth and cost limits, but every relation end is one of nine concept types, and
    // graphql-jit repeats what is under it for each: compiling this took more than a minute.
    const ends = (inner: string) => `from { key ${inner} } to { key ${inner} }`;
    const page = (inner: string) => `relations(first: 2) { edges { node { ${ends(inner)} } } }`;
    const hop = (inner: string) => `a: ${page(inner)} b: ${page(inner)}`;
    const query = `{ concept(key: "cross-chain") { key ${hop(hop('name'))} } }`;
    const first = await app.graphql(query);
    expect(first.errors).toBeUndefined();
    expect(JSON.stringify(first.data)).toContain('"from"');
    expect((await app.graphql(query)).data).toEqual(first.data);
    // Judged once, then remembered; an ordinary operation is compiled.
    expect(notCompiled()).toHaveLength(1);
    await app.graphql(RICH, VARIABLES);
    expect(notCompiled()).toHaveLength(1);
  });
});

describe('@skip and @include on fragments, compiled and not', () => {
  // Relay and Apollo Client put directives on fragment spreads; graphql-jit needs its path-based
  // handling of them to give graphql-js's answers.
  const QUERY = `query Directives($a: Boolean!, $b: Boolean!) {
    concept(key: "cross-chain") { key ...Named @include(if: $a)
      ... on Technology @skip(if: $b) { category }
      relations(first: 3) { edges { node {
        from { ...Brief @skip(if: $a) key } to { key ...Brief @include(if: $b) } } } } }
  }
  fragment Named on Concept { name summary ...Brief @include(if: $b) }
  fragment Brief on Concept { kind name aliases }`;
  let apps: Awaited<ReturnType<typeof startBothExecutors>>;
  beforeAll(async () => {
    apps = await startBothExecutors();
  });
  afterAll(() => apps.close());

  it.each([
    [true, true],
    [true, false],
    [false, true],
    [false, false],
  ])('give the same answer with a=%s, b=%s', async (a, b) => {
    const expected = await apps.interpreted.graphql(QUERY, { a, b });
    expect(expected.errors).toBeUndefined();
    // Byte for byte: the same fields in the same order.
    expect(JSON.stringify((await apps.compiled.graphql(QUERY, { a, b })).data)).toBe(
      JSON.stringify(expected.data),
    );
  });
});
