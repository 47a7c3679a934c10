import { deferConceptIndexes, restoreDeferredIndexes } from '../neo4j/deferred-indexes';
import { bumpGraphVersion } from '../graph-version/graph-version.repository';
import { Database, Params, Row } from '../neo4j/database';
import { SeedConflictError, SeedValidationError } from './seed.errors';
import { Entity, ReportBuilder, SeedReport, Status } from './seed.report';
import {
  buildRows,
  EvidenceRow,
  evidenceId,
  linkId,
  NodeRow,
  PaperRows,
  RelationRow,
  relationId,
} from './seed.rows';
import { readFolderDraft } from './seed.folder';
import { seedFolderPaths } from './seed.reader';
import { validateSeed } from './seed.validator';

export interface LoadSeedOptions {
  /** The folder holding one sub-folder per paper (graph-seed/ in production). */
  seedDir: string;
  /** Also delete what the seed created earlier and no longer holds. */
  prune?: boolean;
  onProgress?: (done: number, total: number, stage: string) => void;
}

/**
 * Rows per query, and per write transaction: large enough for few round trips, small enough that
 * a transaction stays well inside Neo4j's memory and timeout whatever the seed's size.
 */
const BATCH = 5000;

/**
 * Batches of one stage in flight at once, each in its own transaction: while Neo4j runs one, the
 * next is already on its way, so Node's work and the round trips overlap Neo4j's, and Neo4j can
 * use a second core. The batches of a stage hold different rows, so they never write the same
 * thing.
 */
const IN_FLIGHT = 2;

interface PaperPlan {
  paper: string;
  rows: PaperRows;
}

type RowsOf = (rows: PaperRows) => unknown[];

/** Keys of the concepts and facts in the graph before the load, with the paper that seeded each. */
type Owners = Map<string, string | null>;

/**
 * Which rows of a stage may exist already, and so need the merge that compares them with what is
 * stored; the others are created outright. Found from the keys in the graph before the load.
 */
type MayExist = (row: unknown, owners: Owners) => boolean;

interface Stage {
  entity: Entity;
  rows: RowsOf;
  merge: string;
  create?: { query: string; mayExist: MayExist };
}

const ownedKey: MayExist = (row, owners) => owners.has((row as NodeRow).key);
const bothEnds: MayExist = (row, owners) =>
  owners.has((row as RelationRow).from) && owners.has((row as RelationRow).to);
const ownerOf: MayExist = (row, owners) =>
  (row as EvidenceRow).ownerLabel === 'Paper' || owners.has((row as EvidenceRow).owner);

/** The writes of a load, in order: each stage of every paper before the next stage of any. */
const MERGES: Stage[] = [
  { entity: 'papers', rows: (rows) => rows.paper, merge: 'seedMergePapers' },
  { entity: 'sections', rows: (rows) => rows.sections, merge: 'seedMergeSections' },
  {
    entity: 'concepts',
    rows: (rows) => rows.concepts,
    merge: 'seedMergeConcepts',
    create: { query: 'seedCreateConcepts', mayExist: ownedKey },
  },
  {
    entity: 'facts',
    rows: (rows) => rows.facts,
    merge: 'seedMergeFacts',
    create: { query: 'seedCreateFacts', mayExist: ownedKey },
  },
];
const LINKS: [query: string, rows: RowsOf][] = [
  ['seedLinkChapters', (rows) => rows.chapterLinks],
  ['seedLinkSubsections', (rows) => rows.subsectionLinks],
  ['seedLinkPublishers', (rows) => rows.publisherLinks],
  ['seedLinkAbout', (rows) => rows.aboutLinks],
];
const LATE_MERGES: Stage[] = [
  {
    entity: 'relations',
    rows: (rows) => rows.relations,
    merge: 'seedMergeRelations',
    create: { query: 'seedCreateRelations', mayExist: bothEnds },
  },
  {
    entity: 'evidence',
    rows: (rows) => rows.evidence,
    merge: 'seedMergeEvidence',
    create: { query: 'seedCreateEvidence', mayExist: ownerOf },
  },
];

class Progress {
  private done = 0;

  constructor(
    private readonly total: number,
    private readonly listener?: LoadSeedOptions['onProgress'],
  ) {}

  advance(by: number, stage: string): void {
    this.done += by;
    this.listener?.(this.done, this.total, stage);
  }
}

function* batches<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}

/** Runs `work` on every batch of `rows`, IN_FLIGHT at a time; settles once all have. */
async function eachBatch<T>(rows: T[], work: (batch: T[]) => Promise<void>): Promise<void> {
  const running = new Set<Promise<void>>();
  try {
    for (const batch of batches(rows)) {
      const done: Promise<void> = work(batch).finally(() => running.delete(done));
      running.add(done);
      if (running.size >= IN_FLIGHT) await Promise.race(running);
    }
    await Promise.all(running);
  } catch (error) {
    // The batches still running finish (or fail) before the load reports the first failure.
    await Promise.allSettled(running);
    throw error;
  }
}

/** Runs the load's queries and counts what they did. */
class SeedWriter {
  readonly report = new ReportBuilder();

  constructor(
    private readonly db: Database,
    private readonly progress: Progress,
  ) {}

  /**
   * Every write of a load goes through here: one batch, one write transaction. A batch that
   * changed the graph bumps its version in the same transaction; one that changed nothing keeps
   * it, so reloading an unchanged seed changes nothing at all.
   */
  private write<T extends Row>(
    query: string,
    params: Params,
    changed: (rows: T[]) => boolean,
  ): Promise<T[]> {
    return this.db.write(async (tx) => {
      const rows = await tx.run<T>(query, params);
      if (changed(rows)) await bumpGraphVersion(tx);
      return rows;
    });
  }

  async mark(query: 'seedLoadStart' | 'seedLoadFinish'): Promise<void> {
    await this.write(query, {}, () => false);
  }

  /** A merge returns (status, count) rows; every seed row must be accounted for. */
  async merge(query: string, entity: Entity, rows: unknown[]): Promise<void> {
    await eachBatch(rows, async (batch) => {
      const result = await this.write<{ status: Status; count: number }>(
        query,
        { rows: batch },
        (rows) => rows.some(({ status, count }) => status !== 'unchanged' && count > 0),
      );
      let seen = 0;
      for (const { status, count } of result) {
        this.report.add(entity, status, count);
        seen += count;
      }
      if (seen !== batch.length) {
        throw new Error(
          `${query} matched ${seen} of ${batch.length} rows; run the load again to complete it`,
        );
      }
      this.progress.advance(batch.length, entity);
    });
  }

  /** Structural links carry no properties: each is either there already or created. */
  async link(query: string, rows: unknown[]): Promise<void> {
    await eachBatch(rows, async (batch) => {
      const [{ created }] = await this.write<{ created: number }>(
        query,
        { rows: batch },
        ([row]) => row.created > 0,
      );
      this.report.add('links', 'created', created);
      this.report.add('links', 'unchanged', batch.length - created);
      this.progress.advance(batch.length, 'links');
    });
  }

  async prune(paper: string, query: string, entity: Entity, keep: string[]): Promise<void> {
    const [{ deleted }] = await this.write<{ deleted: number }>(
      query,
      { paper, keep },
      ([row]) => row.deleted > 0,
    );
    this.report.add(entity, 'deleted', deleted);
    this.progress.advance(1, 'prune');
  }
}

/** Relationships go first, so that each deletion is counted under its own entity. */
function pruneSteps(rows: PaperRows): [query: string, entity: Entity, keep: string[]][] {
  return [
    ['seedPruneEvidence', 'evidence', rows.evidence.map(evidenceId)],
    ['seedPruneRelations', 'relations', rows.relations.map(relationId)],
    ['seedPrunePublishers', 'links', rows.publisherLinks.map(linkId)],
    ['seedPruneAbout', 'links', rows.aboutLinks.map(linkId)],
    ['seedPruneFacts', 'facts', rows.facts.map((row) => row.key)],
    ['seedPruneConcepts', 'concepts', rows.concepts.map((row) => row.key)],
    ['seedPruneSections', 'sections', rows.sections.map((row) => row.key)],
  ];
}

type Owner = { key: string; owner: string | null };

/**
 * The seed's concept and fact keys that are in the graph already, with their owners. On a first
 * load (`firstLoad`: the graph held no concept or fact) there are none, so the look-up (about 2 s
 * of reads at 100,000 concepts) is skipped.
 */
async function readOwners(db: Database, plans: PaperPlan[], firstLoad: boolean): Promise<Owners> {
  const owners: Owners = new Map();
  if (firstLoad) return owners;
  const keys = plans.flatMap(({ rows }) => [...rows.concepts, ...rows.facts].map((row) => row.key));
  await eachBatch(keys, async (batch) => {
    for (const { key, owner } of await db.read<Owner>('seedOwners', { keys: batch })) {
      owners.set(key, owner);
    }
  });
  return owners;
}

/**
 * Stops the load, before anything is written, when a paper's seed would take over concepts,
 * facts or relations that another paper's seed or an editor through the API created.
 */
async function refuseForeign(db: Database, plans: PaperPlan[], owners: Owners): Promise<void> {
  for (const { paper, rows } of plans) {
    const conflicts: Owner[] = [...rows.concepts, ...rows.facts]
      .filter((row) => owners.has(row.key) && owners.get(row.key) !== paper)
      .map((row) => ({ key: row.key, owner: owners.get(row.key) ?? null }));
    // Only a relation whose two ends exist already can be there already (a first load checks none).
    const existing = rows.relations.filter((row) => bothEnds(row, owners));
    for (const batch of batches(existing)) {
      conflicts.push(...(await db.read<Owner>('seedRelationOwners', { paper, rows: batch })));
    }
    if (conflicts.length) throw new SeedConflictError(paper, conflicts);
  }
}

const sum = (numbers: number[]) => numbers.reduce((a, b) => a + b, 0);

function workUnits(plans: PaperPlan[], prune: boolean): number {
  const rows = sum(plans.map(({ rows }) => sum(Object.values(rows).map((list) => list.length))));
  return rows + (prune ? sum(plans.map((plan) => pruneSteps(plan.rows).length)) : 0);
}

/** Validates every paper folder under `seedDir` and turns each paper into rows. */
async function planLoad(seedDir: string): Promise<PaperPlan[]> {
  const { seed, problems } = await validateSeed(seedDir);
  if (problems.length) throw new SeedValidationError(problems);
  // Each paper's parsed items are let go of once its rows are built: memory holds one of the two.
  const plans: PaperPlan[] = [];
  for (let paper = seed.papers.shift(); paper; paper = seed.papers.shift()) {
    plans.push({ paper: paper.paper.key, rows: buildRows(paper) });
  }
  return plans;
}

/**
 * A fresh Neo4j spends about a third of a large first load's CPU compiling its own code (the
 * JVM's JIT) as the load's queries first run, while during validation it is idle and one core
 * is free. So a first load of a seed with several folders rehearses while the folders are
 * validated: the first folder (read a second time, a few hundredths of a second) has its rows go
 * through every stage's query, in write transactions that are always rolled back, round after
 * round until the validation ends. Neo4j plans the queries and compiles what the load will run,
 * and nothing is written, whatever the validation finds. Sending a round's queries at once kept
 * Neo4j busier but slowed validation more (bench/README.md), so they go one per pause of it.
 */
async function rehearse(db: Database, seedDir: string, validation: Promise<unknown>) {
  const [first, ...others] = seedFolderPaths(seedDir);
  if (!others.length) return;
  let validating = true;
  const stop = () => (validating = false);
  validation.then(stop, stop);
  try {
    const { draft } = readFolderDraft(first, false);
    if (!draft.paper) return;
    const rows = buildRows({ ...draft, paper: draft.paper });
    const steps = [
      ...MERGES.map((stage) => [stage.create?.query ?? stage.merge, stage.rows(rows)] as const),
      ...LINKS.map(([query, pick]) => [query, pick(rows)] as const),
      ...LATE_MERGES.map(
        (stage) => [stage.create?.query ?? stage.merge, stage.rows(rows)] as const,
      ),
    ];
    while (validating) {
      await db.rehearse(async (tx) => {
        for (const [query, stageRows] of steps) {
          if (!validating) return;
          await tx.run(query, { rows: stageRows });
        }
      });
    }
  } catch {
    // A rehearsal that fails (an invalid folder's rows, say) costs only its time: the validation
    // reports the seed's problems, and the load writes only after it.
  }
}

/**
 * Validates the seed, checks that it takes nothing over, then writes it in batches, each in a
 * transaction of its own: an invalid or conflicting seed writes nothing. Every stage runs for all
 * papers before the next begins, so a relation may name a concept of any paper folder.
 *
 * A load that stops part-way (a crash, Neo4j going away) leaves whole batches written and the
 * graph marked incomplete; loading again completes it, as every row that is in the graph by then
 * goes through a merge that compares it with what is stored, and the API's start-up load runs
 * again while the mark is there.
 */
export async function loadSeed(db: Database, options: LoadSeedOptions): Promise<SeedReport> {
  const [{ held }] = await db.read<{ held: number }>('seedHeldKeys');
  const firstLoad = held === 0;
  const validation = planLoad(options.seedDir);
  const rehearsal = firstLoad ? rehearse(db, options.seedDir, validation) : undefined;
  // The rehearsal's transaction is rolled back before the first write begins.
  const plans = await validation.finally(() => rehearsal);
  const prune = options.prune ?? false;
  const owners = await readOwners(db, plans, firstLoad);
  await refuseForeign(db, plans, owners);

  const writer = new SeedWriter(db, new Progress(workUnits(plans, prune), options.onProgress));
  const all = (pick: RowsOf) => plans.flatMap((plan) => pick(plan.rows));
  const write = async ({ entity, rows, merge, create }: Stage) => {
    const stageRows = all(rows);
    if (!create) return writer.merge(merge, entity, stageRows);
    const mayExist = stageRows.filter((row) => create.mayExist(row, owners));
    const absent = stageRows.filter((row) => !create.mayExist(row, owners));
    await writer.merge(merge, entity, mayExist);
    await writer.merge(create.query, entity, absent);
  };
  // A first load writes without the concepts' read-only indexes and builds them at the end
  // (see deferred-indexes.ts); they come back whether the load succeeds or fails.
  const deferred = await deferConceptIndexes(db.driver, db.name);
  try {
    await writer.mark('seedLoadStart');
    for (const stage of MERGES) await write(stage);
    for (const [query, rows] of LINKS) await writer.link(query, all(rows));
    for (const stage of LATE_MERGES) await write(stage);
    if (prune) {
      for (const { paper, rows } of plans) {
        for (const [query, entity, keep] of pruneSteps(rows)) {
          await writer.prune(paper, query, entity, keep);
        }
      }
    }
    await writer.mark('seedLoadFinish');
  } finally {
    if (deferred) await restoreDeferredIndexes(db.driver, db.name);
  }
  return writer.report.build();
}
