import { Logger } from '../logger';
import { Database } from '../neo4j/database';
import { SEED_DIR } from '../paths';
import { loadSeed } from './seed.loader';

/** Loads `graph-seed/` at start-up when the database holds no paper yet. */
export async function seedIfEmpty(db: Database, log: Logger): Promise<void> {
  const [row] = await db.read<{ papers: number }>('countPapers');
  if ((row?.papers ?? 0) > 0) {
    log.info({ papers: row.papers }, 'Graph already holds papers; seed not loaded');
    return;
  }
  const report = await loadSeed(db, { seedDir: SEED_DIR });
  log.info({ report }, 'Graph seed loaded');
}
