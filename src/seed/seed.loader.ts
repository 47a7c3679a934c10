import { bumpGraphVersion } from '../graph-version/graph-version.repository';
import { Database, WriteTx } from '../neo4j/database';
import { SeedConflictError, SeedValidationError } from './seed.errors';
import { Entity, ReportBuilder, SeedReport, Status } from './seed.report';
import { buildRows, evidenceId, linkId, PaperRows, relationId } from './seed.rows';
import { validateSeed } from './seed.validator';

export interface LoadSeedOptions {
  /** The folder holding one sub-folder per paper (graph-seed/ in production). */
  seedDir: string;
  /** Also delete what the seed created earlier and no longer holds. */
  prune?: boolean;
  onProgress?: (done: number, total: number, stage: string) => void;
}

/** Rows per query: large enough for few round trips, small enough to keep each query light. */
const BATCH = 500;

interface PaperPlan {
  paper: string;
  rows: PaperRows;
}

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

/** Runs one paper's queries inside the load's transaction. */
class PaperLoad {
  constructor(
    private readonly tx: WriteTx,
    private readonly plan: PaperPlan,
    private readonly report: ReportBuilder,
    private readonly progress: Progress,
  ) {}

  /** A merge returns (status, count) rows; every seed row must be accounted for. */
  async merge(query: string, entity: Entity, rows: unknown[]): Promise<void> {
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      const result = await this.tx.run<{ status: Status; count: number }>(query, { rows: batch });
      let seen = 0;
      for (const { status, count } of result) {
        this.report.add(entity, status, count);
        seen += count;
      }
      if (seen !== batch.length) {
        throw new Error(
          `${query} matched ${seen} of ${batch.length} rows; the seed load was rolled back`,
        );
      }
      this.progress.advance(batch.length, entity);
    }
  }

  /** Structural links carry no properties: each is either there already or created. */
  async link(query: string, rows: unknown[]): Promise<void> {
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      const [{ created }] = await this.tx.run<{ created: number }>(query, { rows: batch });
      this.report.add('links', 'created', created);
      this.report.add('links', 'unchanged', batch.length - created);
      this.progress.advance(batch.length, 'links');
    }
  }

  async prune(query: string, entity: Entity, keep: string[]): Promise<void> {
    const [{ deleted }] = await this.tx.run<{ deleted: number }>(query, {
      paper: this.plan.paper,
      keep,
    });
    this.report.add(entity, 'deleted', deleted);
    this.progress.advance(1, 'prune');
  }

  /** Stops the load when `query` finds items the seed would take over from someone else. */
  async refuseForeign(query: string, params: Record<string, unknown>): Promise<void> {
    const conflicts = await this.tx.run<{ key: string; owner: string | null }>(query, {
      paper: this.plan.paper,
      ...params,
    });
    if (conflicts.length) throw new SeedConflictError(this.plan.paper, conflicts);
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

async function loadPaper(load: PaperLoad, rows: PaperRows, prune: boolean): Promise<void> {
  await load.merge('seedMergePapers', 'papers', rows.paper);
  await load.merge('seedMergeSections', 'sections', rows.sections);
  await load.link('seedLinkChapters', rows.chapterLinks);
  await load.link('seedLinkSubsections', rows.subsectionLinks);
  await load.refuseForeign('seedOwners', {
    keys: [...rows.concepts, ...rows.facts].map((row) => row.key),
  });
  await load.merge('seedMergeConcepts', 'concepts', rows.concepts);
  await load.link('seedLinkPublishers', rows.publisherLinks);
  await load.refuseForeign('seedRelationOwners', { rows: rows.relations });
  await load.merge('seedMergeRelations', 'relations', rows.relations);
  await load.merge('seedMergeFacts', 'facts', rows.facts);
  await load.link('seedLinkAbout', rows.aboutLinks);
  await load.merge('seedMergeEvidence', 'evidence', rows.evidence);
  if (!prune) return;
  for (const [query, entity, keep] of pruneSteps(rows)) await load.prune(query, entity, keep);
}

const workUnits = (rows: PaperRows, prune: boolean) =>
  Object.values(rows).reduce((sum, list: unknown[]) => sum + list.length, 0) +
  (prune ? pruneSteps(rows).length : 0);

/**
 * Validates every paper folder under `seedDir`, then writes them all in one transaction: an
 * invalid seed writes nothing, and any failure part-way rolls the whole load back.
 */
export async function loadSeed(db: Database, options: LoadSeedOptions): Promise<SeedReport> {
  const { seed, problems } = validateSeed(options.seedDir);
  if (problems.length) throw new SeedValidationError(problems);
  const prune = options.prune ?? false;
  const plans = seed.papers.map((paper) => ({ paper: paper.paper.key, rows: buildRows(paper) }));
  const total = plans.reduce((sum, plan) => sum + workUnits(plan.rows, prune), 0);

  return db.write(async (tx) => {
    // Built inside the work function: the driver may retry it, and each try counts afresh.
    const report = new ReportBuilder();
    const progress = new Progress(total, options.onProgress);
    for (const plan of plans) {
      await loadPaper(new PaperLoad(tx, plan, report, progress), plan.rows, prune);
    }
    const built = report.build();
    // A load that changed nothing keeps the version, so it changes nothing at all.
    if (built.changed) await bumpGraphVersion(tx);
    return built;
  });
}
