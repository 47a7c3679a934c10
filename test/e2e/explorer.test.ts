/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The page functions below run in the browser.
import fs from 'node:fs';
import path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/core/paths';
import { startTestApp, TestApp } from '../helpers/app';
import {
  launchChromium,
  openWatchedPage,
  screenshot,
  seriousAccessibilityViolations,
  WatchedPage,
} from './browser';

const PAPER = 'caict-blockchain-2020';

let app: TestApp;
let browser: Browser;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  // A browser and the database share the machine here; reads get more time than the default.
  app = await startTestApp({ QUERY_TIMEOUT_MS: '60000' });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});
beforeEach(async () => {
  watched = await openWatchedPage(browser, app.url);
  page = watched.page;
});
afterEach(async () => {
  await page.context().close();
  // Every test fails on a request to another origin or an error in the console.
  expect(watched.problems).toEqual([]);
});

/** The API's own answer, to compare the page against. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function api(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const body = await app.graphql(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function expectAccessible(): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

async function searchAndOpen(text: string, input = page.locator('header input[role=combobox]')) {
  await input.fill(text);
  await page.locator('[role=option]').first().waitFor();
  return input;
}

describe('search', () => {
  it('finds a concept from English with a typo; Enter opens the best hit with its evidence', async () => {
    const expected = await api(
      `{ search(text: "interoperabilty", first: 8) { concept { key } }
         concept(key: "cross-chain") { name names { lang text original } evidence { basis section { number } } } }`,
    );
    await page.goto(`${app.url}/explorer`);
    const input = await searchAndOpen('interoperabilty');
    const options = page.locator('[role=option]');
    await expect(options.first()).toBeTruthy();
    expect(await options.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toEqual(
      expected.search.map((h: { concept: { key: string } }) => h.concept.key),
    );
    const first = (await options.first().innerText()).toLowerCase();
    expect(first).toContain('technology');
    expect(first).toContain('chains'); // the snippet from the summary
    await screenshot(page, 'search');
    await expectAccessible();

    await input.press('Enter');
    await page.waitForURL(`${app.url}/explorer/concept/cross-chain`);
    await expect(page.locator('h1').innerText()).resolves.toBe(expected.concept.name);
    const names = await page
      .locator('.names > div')
      .evaluateAll((els) =>
        els.map((e) => [
          e.getAttribute('data-lang'),
          e.querySelector('dt')?.textContent,
          e.querySelector('dd')?.textContent,
        ]),
      );
    expect(names).toEqual(
      expected.concept.names.map((n: { lang: string; text: string; original: boolean }) => [
        n.lang,
        n.text,
        n.original ? 'paper’s wording' : 'translation',
      ]),
    );
    const badges = await page.locator('.evidence .badge').allInnerTexts();
    expect(badges).toEqual(
      expected.concept.evidence.map(
        (e: { basis: string; section: { number: string } }) =>
          `${e.basis.toLowerCase()} ${e.section.number}`,
      ),
    );
    await page.locator('.graph-canvas[data-nodes]:not([data-nodes="0"])').waitFor();
    await screenshot(page, 'concept');
    await expectAccessible();
  });

  it('finds a concept from Chinese and opens the API’s best hit', async () => {
    const expected = await api(`{ search(text: "跨链", first: 8) { concept { key name } } }`);
    const best = expected.search[0].concept;
    await page.goto(`${app.url}/explorer`);
    const input = await searchAndOpen('跨链');
    await input.press('Enter');
    await page.waitForURL(`${app.url}/explorer/concept/${best.key}`);
    await expect(page.locator('h1').innerText()).resolves.toBe(best.name);
    expect(await page.locator('.evidence .badge').count()).toBeGreaterThan(0);
  });
});

describe('concept page', () => {
  it('draws the neighbourhood the API returns, at depth 1 and 2, and its list opens a concept', async () => {
    const query = `query($depth: Int!) { neighborhood(key: "privacy-computing", depth: $depth, limit: 100) {
      truncated nodes { key } edges { type from { key } to { key } } } }`;
    await page.goto(`${app.url}/explorer/concept/privacy-computing`);
    for (const depth of [1, 2]) {
      const { neighborhood } = await api(query, { depth });
      await page.locator(`.depth input[value="${depth}"]`).check();
      const canvas = page.locator(
        `.graph-canvas[data-nodes="${neighborhood.nodes.length}"][data-edges="${neighborhood.edges.length}"]`,
      );
      await canvas.waitFor();
      const keys = await page
        .locator('.graph-list li[data-key]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
      expect(keys).toEqual(neighborhood.nodes.map((n: { key: string }) => n.key));
      const edges = await page
        .locator('.graph-list li[data-edge]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-edge')));
      expect(edges.sort()).toEqual(
        neighborhood.edges
          .map(
            (e: { type: string; from: { key: string }; to: { key: string } }) =>
              `${e.from.key}|${e.type}|${e.to.key}`,
          )
          .sort(),
      );
      expect(await page.locator('[data-truncated]').count()).toBe(neighborhood.truncated ? 1 : 0);
    }
    await screenshot(page, 'neighbourhood');
    const other = page.locator('.graph-list li[data-key]').nth(1);
    const key = await other.getAttribute('data-key');
    await page.locator('.graph-list summary').click();
    await other.locator('a').click();
    await page.waitForURL(`${app.url}/explorer/concept/${key}`);
  });

  it('groups relations by type as the API words them, and switches every text to Chinese', async () => {
    const expected = await api(`{ concept(key: "cross-chain") {
      nameZh: name(lang: ZH) relations(first: 100) { edges { node { type sentence sentenceZh: sentence(lang: ZH) } } } } }`);
    await page.goto(`${app.url}/explorer/concept/cross-chain`);
    await page.locator('.relation-group').first().waitFor();
    const edges = expected.concept.relations.edges.map((e: { node: { type: string } }) => e.node);
    const sentences = async () =>
      page
        .locator('.relation-group')
        .evaluateAll((groups) =>
          groups.flatMap((g) =>
            [...g.querySelectorAll('li')].map(
              (li) => `${g.getAttribute('data-type')} ${li.textContent}`,
            ),
          ),
        );
    expect(await sentences()).toEqual(
      edges.map((e: { type: string; sentence: string }) => `${e.type} ${e.sentence}`),
    );

    await page.locator('button.lang-switch').click();
    await expect(page.locator('h1').innerText()).resolves.toBe(expected.concept.nameZh);
    expect(await sentences()).toEqual(
      edges.map((e: { type: string; sentenceZh: string }) => `${e.type} ${e.sentenceZh}`),
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('zh');
    await screenshot(page, 'concept-zh');
    await expectAccessible();
    await page.locator('button.lang-switch').click();
    await expect(page.locator('h1').innerText()).resolves.toBe('Cross-chain interoperability');
  });
});

describe('facts', () => {
  it('lists the facts about a concept with their evidence, in either language', async () => {
    const expected = await api(`{ facts(about: "blockchain-patents", first: 20) {
      statement statementZh: statement(lang: ZH) evidence { basis section { number } } } }`);
    expect(expected.facts.length).toBeGreaterThan(0);
    await page.goto(`${app.url}/explorer/concept/blockchain-patents`);
    await page.locator('.facts li').first().waitFor();
    const shown = () =>
      page.locator('.facts li').evaluateAll((items) =>
        items.map((li) => ({
          text: li.firstChild?.textContent,
          badges: [...li.querySelectorAll('.badge')].map((b) => b.textContent),
        })),
      );
    const badges = (f: { evidence: { basis: string; section: { number: string } }[] }) =>
      f.evidence.map((e) => `${e.basis.toLowerCase()} ${e.section.number}`);
    expect(await shown()).toEqual(
      expected.facts.map((f: { statement: string; evidence: [] }) => ({
        text: f.statement,
        badges: badges(f),
      })),
    );
    await page.locator('button.lang-switch').click();
    await page.locator('html[lang=zh]').waitFor();
    expect((await shown()).map((f) => f.text)).toEqual(
      expected.facts.map((f: { statementZh: string }) => f.statementZh),
    );
  });
});

describe('path finder', () => {
  it('picks both ends with search and explains the paths the API finds, hop by hop', async () => {
    const expected =
      await api(`{ paths(from: "smart-contract", to: "supply-chain-finance", first: 3, maxHops: 4) {
      length relations { sentence evidence { basis section { number } } } } }`);
    expect(expected.paths.length).toBeGreaterThan(0);
    await page.goto(`${app.url}/explorer/path`);
    const from = page.locator('[data-end=from] input');
    await searchAndOpen('smart contract', from);
    await from.press('Enter');
    await page.waitForURL(`${app.url}/explorer/path/smart-contract`);
    const to = page.locator('[data-end=to] input');
    await searchAndOpen('supply-chain finance', to);
    await to.press('Enter');
    await page.waitForURL(`${app.url}/explorer/path/smart-contract/supply-chain-finance`);
    await page.locator('section.path').first().waitFor();
    const shown = await page.locator('section.path').evaluateAll((paths) =>
      paths.map((p) => ({
        length: Number(p.getAttribute('data-length')),
        hops: [...p.querySelectorAll('.hop-sentence')].map((s) => s.textContent),
        badges: [...p.querySelectorAll('.badge')].map((b) => b.textContent),
      })),
    );
    expect(shown).toEqual(
      expected.paths.map(
        (p: {
          length: number;
          relations: {
            sentence: string;
            evidence: { basis: string; section: { number: string } }[];
          }[];
        }) => ({
          length: p.length,
          hops: p.relations.map((r) => r.sentence),
          badges: p.relations.flatMap((r) =>
            r.evidence.map((e) => `${e.basis.toLowerCase()} ${e.section.number}`),
          ),
        }),
      ),
    );
    await page.locator('.graph-canvas:not([data-nodes="0"])').waitFor();
    await screenshot(page, 'path');
    await expectAccessible();
  });
});

describe('outline and sections', () => {
  it('shows each heading with the number of concepts the API counts under it', async () => {
    await page.goto(`${app.url}/explorer`);
    await page.locator('.heading-count').first().waitFor();
    const shown = await page
      .locator('.heading-count')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-number'), Number(e.textContent)] as [string, number]),
      );
    expect(shown.length).toBe((await api('{ stats { sections } }')).stats.sections);
    for (const [number, count] of shown) {
      const { section } = await api(
        `query($paper: String!, $number: String!) { section(paper: $paper, number: $number) { concepts(first: 0) { totalCount } } }`,
        { paper: PAPER, number },
      );
      expect([number, count]).toEqual([number, section.concepts.totalCount]);
    }
    await screenshot(page, 'outline');
    await expectAccessible();
  });

  it('opens a heading with its concepts and what they co-mention', async () => {
    const expected = await api(`{ section(paper: "${PAPER}", number: "II.(2).1") {
      concepts(first: 100) { edges { node { key } } } } }`);
    const keys = expected.section.concepts.edges.map((e: { node: { key: string } }) => e.node.key);
    const co = await api(
      `query($key: String!) { coMentioned(key: $key, first: 10) { concept { key } } }`,
      { key: keys[0] },
    );
    await page.goto(`${app.url}/explorer`);
    await page.locator('a.heading-link[href="/explorer/section/II.(2).1"]').click();
    await page.waitForURL(`${app.url}/explorer/section/II.(2).1`);
    await page.locator('.concept-list li').first().waitFor();
    expect(
      await page
        .locator('.concept-list li')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-key'))),
    ).toEqual(keys);
    await page.locator('.co-mentions li').first().waitFor();
    const coKeys = await page
      .locator('.co-mentions li a')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')?.split('/').pop()));
    expect(coKeys).toEqual(co.coMentioned.map((m: { concept: { key: string } }) => m.concept.key));
    await screenshot(page, 'section');
    await expectAccessible();
  });
});

describe('deep links and history', () => {
  it('opens a section link cold, then back and forward move between views', async () => {
    await page.goto(`${app.url}/explorer/section/II.(2).1`);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/^II\.\(2\)\.1 /);
    const first = page.locator('.concept-list li a').first();
    const key = (await first.getAttribute('href'))!.split('/').pop();
    await first.click();
    await page.waitForURL(`${app.url}/explorer/concept/${key}`);
    await page.locator('.names').waitFor();
    await page.goBack();
    await page.waitForURL(`${app.url}/explorer/section/II.(2).1`);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/^II\.\(2\)\.1 /);
    await page.goForward();
    await page.waitForURL(`${app.url}/explorer/concept/${key}`);
    await page.locator('.names').waitFor();
  });

  it('says so at an address that names no view, and links to the outline', async () => {
    await page.goto(`${app.url}/explorer/concepts/cross-chain`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Nothing at this address.');
    await screenshot(page, 'missing');
    await page.locator('main a', { hasText: 'Go to the outline' }).click();
    await page.waitForURL(`${app.url}/explorer`);
    await page.locator('.heading-count').first().waitFor();
  });

  it('opens a path link cold', async () => {
    await page.goto(`${app.url}/explorer/path/smart-contract/supply-chain-finance`);
    await page.locator('section.path').first().waitFor();
    await expect(page.locator('[data-end=from] a').innerText()).resolves.toBe('Smart contract');
  });
});

describe('whole graph', () => {
  it('draws every concept and relation, and the basis filter leaves what the API filter leaves', async () => {
    const expected = await api(`{ stats { concepts relations }
      claims: concepts(filter: { basis: [HEADING, SOURCE] }) { totalCount } }`);
    await page.goto(`${app.url}/explorer/graph`);
    await page
      .locator(
        `.graph-canvas[data-nodes="${expected.stats.concepts}"][data-edges="${expected.stats.relations}"]`,
      )
      .waitFor({ timeout: 90000 });
    await screenshot(page, 'whole-graph');
    await expectAccessible();
    await page.locator('input[name=basis][value=CURATED]').uncheck();
    await page.locator(`.graph-canvas[data-nodes="${expected.claims.totalCount}"]`).waitFor();
  });
});

describe('phone width', () => {
  it('keeps every view within the screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [name, address, ready] of [
      ['phone-concept', '/explorer/concept/cross-chain', '.graph-canvas'],
      ['phone-outline', '/explorer', '.heading-count'],
      ['phone-path', '/explorer/path/smart-contract/supply-chain-finance', 'section.path'],
    ]) {
      await page.goto(`${app.url}${address}`);
      await page.locator(ready).first().waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect([name, overflow]).toEqual([name, 0]);
      await screenshot(page, name);
    }
  });
});

describe('a host name other than localhost', () => {
  it('serves the explorer and GraphiQL over plain HTTP, as in a container or on a LAN', async () => {
    // Browsers trust plain HTTP from localhost only. Under any other name a content security
    // policy may upgrade a page's requests to HTTPS, which this server does not speak, and an
    // opener policy is ignored with an error in the console.
    const host = 'kg.example';
    const named = await launchChromium([`--host-resolver-rules=MAP ${host} 127.0.0.1`]);
    try {
      const origin = app.url.replace('127.0.0.1', host);
      const other = await openWatchedPage(named, origin);
      await other.page.goto(`${origin}/explorer`);
      await other.page.locator('.heading-count').first().waitFor();
      await other.page.goto(`${origin}/graphql`);
      await other.page.locator('.graphiql-tab').first().waitFor();
      expect(other.problems).toEqual([]);
    } finally {
      await named.close();
    }
  });
});

describe('GraphiQL', () => {
  it('loads offline with the examples as tabs and runs one', async () => {
    await page.goto(`${app.url}/graphql`);
    await page.locator('.graphiql-tab').first().waitFor();
    const examples = fs
      .readdirSync(path.join(PROJECT_ROOT, 'examples'))
      .filter((f) => f.endsWith('.graphql'));
    expect(await page.locator('.graphiql-tab').count()).toBe(examples.length);
    await page.locator('.graphiql-tab', { hasText: 'ConceptPage' }).click();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window', { hasText: '"key": "cross-chain"' }).waitFor();
    await screenshot(page, 'graphiql');
  });
});
