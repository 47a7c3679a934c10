import { Logger } from '../core/logger';
import { Database } from '../neo4j/database';
import { SEED_DIR } from '../core/paths';
import { loadSeed } from './seed.loader';

/**
 * Loads `graph-seed/` at start-up when the database holds no paper yet, or when an earlier load
 * stopped part-way (see loadSeed).
 */
export async function seedIfEmpty(db: Database, log: Logger): Promise<void> {
  const [{ papers, complete }] = await db.read<{ papers: number; complete: boolean }>(
    'seedLoadState',
  );
  if (papers > 0 && complete) {
    log.info({ papers }, 'Graph already holds papers; seed not loaded');
    return;
  }
  const report = await loadSeed(db, { seedDir: SEED_DIR });
  log.info({ report }, 'Graph seed loaded');
}
