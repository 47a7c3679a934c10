import neo4j, { Session, Transaction } from 'neo4j-driver';
import { ALL_RELATION_TYPES } from '../../src/modules/common/common.enums';
import { openTestDatabase } from '../helpers/neo4j';
import { PlanNode } from '../helpers/plan';

/**
 * The neighbourhood and path statements read only what their answer needs: adding concepts beyond
 * what they keep (more neighbours behind a cut, a fan of concepts past `maxHops`) must not change
 * the database hits they take. Each case builds a small graph of its own in a transaction that is
 * rolled back, so the shared test database is left as it was.
 */

const { db, close } = openTestDatabase();
afterAll(() => close());

let session: Session;
let tx: Transaction;
beforeEach(() => {
  session = db.driver.session({ database: db.name });
  tx = session.beginTransaction();
});
afterEach(async () => {
  await tx.rollback();
  await session.close();
});

const int = (n: number) => neo4j.int(n);
const pad = (n: number) => String(n).padStart(2, '0');

function dbHits(plan: PlanNode): number {
  return (plan.dbHits ?? 0) + plan.children.reduce((sum, child) => sum + dbHits(child), 0);
}

/** Concepts named by their keys, so that name order is key order. */
async function addConcepts(keys: string[]): Promise<void> {
  await tx.run(
    `UNWIND $keys AS key
     CREATE (:Concept:Technology {key: key, sortName: key, name: key, kind: 'Technology'})`,
    { keys },
  );
}

/** A PART_OF relation from the first concept of each pair to the second. */
async function link(pairs: [string, string][]): Promise<void> {
  await tx.run(
    `UNWIND $pairs AS pair
     MATCH (a:Concept {key: pair[0]}), (b:Concept {key: pair[1]})
     CREATE (a)-[:PART_OF]->(b)`,
    { pairs },
  );
}

/** Runs a named statement under PROFILE in the test's transaction: its rows and database hits. */
async function profile(name: string, params: Record<string, unknown>) {
  const result = await tx.run(`PROFILE ${db.text(name)}`, params);
  return {
    rows: result.records.map((record) => record.toObject()),
    hits: dbHits(result.summary.profile as unknown as PlanNode),
  };
}

/** A hub with `leaves` leaves ("t-leaf-00"…), each with `twigs` twigs ("t-leaf-00-twig-00"…). */
async function addHub(leaves: number, twigs: number): Promise<void> {
  const leafKeys = Array.from({ length: leaves }, (_, i) => `t-leaf-${pad(i)}`);
  await addConcepts(['t-hub', ...leafKeys]);
  await link(leafKeys.map((leaf) => [leaf, 't-hub']));
  await addTwigs(leafKeys, 0, twigs);
}

async function addTwigs(leafKeys: string[], from: number, to: number): Promise<void> {
  const pairs = leafKeys.flatMap((leaf) =>
    Array.from({ length: to - from }, (_, i): [string, string] => [
      `${leaf}-twig-${pad(from + i)}`,
      leaf,
    ]),
  );
  await addConcepts(pairs.map(([twig]) => twig));
  await link(pairs);
}

const neighborhood = (limit: number, depth: number) =>
  profile('neighborhood', {
    key: 't-hub',
    depth: int(depth),
    limit: int(limit),
    types: ALL_RELATION_TYPES,
    briefNodes: false,
    edgeEvidence: true,
  });

const keysOf = (row: Record<string, unknown>) =>
  (row.nodes as { key: string }[]).map((node) => node.key);

describe('neighborhood on a hub', () => {
  it('keeps the nearest concepts by name and never reads past the cut', async () => {
    await addHub(30, 1);
    const before = await neighborhood(10, 3);
    const leaves = Array.from({ length: 9 }, (_, i) => `t-leaf-${pad(i)}`);
    expect(keysOf(before.rows[0])).toEqual(['t-hub', ...leaves]);
    expect(before.rows[0].truncated).toBe(true);

    // Twenty times as many concepts behind the leaves: the same answer for the same work.
    const leafKeys = Array.from({ length: 30 }, (_, i) => `t-leaf-${pad(i)}`);
    await addTwigs(leafKeys, 1, 20);
    const after = await neighborhood(10, 3);
    expect(after.rows).toEqual(before.rows);
    expect(after.hits).toBe(before.hits);
  });

  it('fills the last distance by name and reads no further hop', async () => {
    await addHub(30, 2);
    const leafKeys = Array.from({ length: 30 }, (_, i) => `t-leaf-${pad(i)}`);
    const twigs = leafKeys.flatMap((leaf) => [`${leaf}-twig-00`, `${leaf}-twig-01`]).sort();
    const before = await neighborhood(40, 3);
    expect(keysOf(before.rows[0])).toEqual(['t-hub', ...leafKeys, ...twigs.slice(0, 9)]);
    expect(before.rows[0].truncated).toBe(true);

    // Concepts a third hop away change nothing once the second hop fills the limit.
    const twigKeys = leafKeys.map((leaf) => `${leaf}-twig-00`);
    await addTwigs(twigKeys, 0, 5);
    const after = await neighborhood(40, 3);
    expect(after.rows).toEqual(before.rows);
    expect(after.hits).toBe(before.hits);
  });

  it('reports no truncation when everything within depth fits', async () => {
    await addHub(3, 1);
    const { rows } = await neighborhood(7, 2);
    expect(keysOf(rows[0])).toEqual([
      't-hub',
      't-leaf-00',
      't-leaf-01',
      't-leaf-02',
      't-leaf-00-twig-00',
      't-leaf-01-twig-00',
      't-leaf-02-twig-00',
    ]);
    expect(rows[0].truncated).toBe(false);
    expect(rows[0].edges).toHaveLength(6);
  });
});

describe('paths', () => {
  /** A chain t-c0 - t-c1 - … - t-c5: t-c0 and t-c5 are 5 hops apart. */
  async function addChain(): Promise<void> {
    const chain = Array.from({ length: 6 }, (_, i) => `t-c${i}`);
    await addConcepts(chain);
    await link(chain.slice(1).map((key, i): [string, string] => [chain[i], key]));
  }

  const paths = (maxHops: number) =>
    profile('shortestPaths', {
      from: 't-c0',
      to: 't-c5',
      maxHops: int(maxHops),
      first: int(3),
      types: ALL_RELATION_TYPES,
    });

  it('searches no further than maxHops', async () => {
    await addChain();
    const before = await paths(2);
    expect(before.rows).toEqual([]);

    // A fan of concepts three hops out on each side lies past maxHops: no more work.
    const fan = Array.from({ length: 40 }, (_, i) => `t-fan-${pad(i)}`);
    await addConcepts(fan);
    await link(
      fan.flatMap((key): [string, string][] => [
        [key, 't-c3'],
        [key, 't-c2'],
      ]),
    );
    const after = await paths(2);
    expect(after.rows).toEqual([]);
    expect(after.hits).toBe(before.hits);

    const found = await paths(5);
    expect(found.rows).toHaveLength(1);
    expect((found.rows[0].concepts as { key: string }[]).map((c) => c.key)).toEqual([
      't-c0',
      't-c1',
      't-c2',
      't-c3',
      't-c4',
      't-c5',
    ]);
  });
});
