import fs from 'node:fs';
import { EmbeddedNeo4j } from '../../src/neo4j/embedded';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis as { __KG_EMBEDDED__?: EmbeddedNeo4j; __KG_DATA_DIR__?: string };
  await state.__KG_EMBEDDED__?.stop();
  if (state.__KG_DATA_DIR__) fs.rmSync(state.__KG_DATA_DIR__, { recursive: true, force: true });
}
