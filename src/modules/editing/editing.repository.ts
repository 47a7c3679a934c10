import { z } from 'zod';
import { ConflictError, InvalidInputError, NotFoundError } from '../../core/domain-errors';
import { bumpGraphVersion } from '../../graph-version/graph-version.repository';
import { KIND_LABELS } from '../../core/graph-vocabulary';
import { Database, WriteTx } from '../../neo4j/database';
import { ConceptRecord, toConcept } from '../concept/concept.record';
import { RelationRecord, RelationRow, toRelation } from '../relation/relation.record';
import {
  createConceptInput,
  linkInput,
  unlinkInput,
  updateConceptInput,
} from './editing.validation';

type EvidenceInput = z.infer<typeof createConceptInput>['evidence'][number];

/** Evidence with its section resolved to a key; refuses the first section that does not exist. */
async function resolveEvidence(tx: WriteTx, evidence: EvidenceInput[], root: string) {
  const items = evidence.map((e) => ({
    section: `${e.paper}/${e.section}`,
    basis: e.basis,
    sourceUrl: e.sourceUrl ?? null,
    note: e.note ?? null,
  }));
  const found = new Set(
    (
      await tx.run<{ key: string }>('sectionKeysExisting', { keys: items.map((i) => i.section) })
    ).map((row) => row.key),
  );
  const missing = items.findIndex((item) => !found.has(item.section));
  if (missing >= 0) {
    throw new InvalidInputError(
      `${root}[${missing}].section`,
      `No section "${evidence[missing].section}" in paper "${evidence[missing].paper}"`,
    );
  }
  // The same section and basis twice is one piece of evidence.
  const seen = new Set<string>();
  return items.filter((item) => {
    const id = `${item.section}|${item.basis}`;
    return !seen.has(id) && Boolean(seen.add(id));
  });
}

/**
 * Holds the concepts' write locks until the transaction ends. A statement that matched a concept
 * and then waited for a concurrent delete would go on with a node that is gone; so writes lock
 * first and read afterwards.
 */
async function lockConcepts(tx: WriteTx, keys: string[]): Promise<void> {
  await tx.run('lockConcepts', { keys });
}

async function requireConcepts(tx: WriteTx, keys: Record<string, string>): Promise<void> {
  const rows = await tx.run<{ key: string }>('conceptKeysExisting', { keys: Object.values(keys) });
  const found = new Set(rows.map((row) => row.key));
  for (const [field, key] of Object.entries(keys)) {
    if (!found.has(key)) throw new NotFoundError('concept', key, field);
  }
}

function conceptProps(input: z.infer<typeof updateConceptInput>): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  // An editor's wording is never the paper's own.
  if (input.name) Object.assign(props, { name: input.name, nameOriginal: false });
  if (input.nameZh !== undefined) props.nameZh = input.nameZh;
  if (input.nameZh) props.nameZhOriginal = false;
  if (input.aliases) {
    props.aliases = input.aliases;
    props.aliasText = input.aliases.join(' | ');
  }
  if (input.summary !== undefined) props.summary = input.summary;
  return props;
}

function keyInUse(key: string): ConflictError {
  return new ConflictError(`A concept with key "${key}" already exists`, 'input.key');
}

/**
 * Creates the concept and returns it as stored. The check for the key runs first so the usual
 * case gets a precise answer; two creations racing with one key both pass it, and the uniqueness
 * constraint then refuses the second (a ConflictError from the database layer).
 */
export async function createConcept(
  db: Database,
  input: z.infer<typeof createConceptInput>,
): Promise<ConceptRecord> {
  try {
    return await db.write(async (tx) => {
      const existing = await tx.run('conceptKeysExisting', { keys: [input.key] });
      if (existing.length) throw keyInUse(input.key);
      const evidence = await resolveEvidence(tx, input.evidence, 'input.evidence');
      const props = {
        key: input.key,
        kind: input.kind,
        aliases: [],
        aliasText: '',
        ...conceptProps(input),
      };
      const [row] = await tx.run<{ concept: Record<string, unknown> }>('createConcept', {
        label: KIND_LABELS[input.kind],
        props,
        evidence,
      });
      await bumpGraphVersion(tx);
      return toConcept(row.concept);
    });
  } catch (error) {
    if (error instanceof ConflictError && !error.field) throw keyInUse(input.key);
    throw error;
  }
}

/** Returns the concept as this write left it, read in the same transaction. */
export async function updateConcept(
  db: Database,
  key: string,
  input: z.infer<typeof updateConceptInput>,
): Promise<ConceptRecord> {
  return db.write(async (tx) => {
    await lockConcepts(tx, [key]);
    const [row] = await tx.run<{ concept: Record<string, unknown> }>('updateConcept', {
      key,
      props: conceptProps(input),
    });
    if (!row) throw new NotFoundError('concept', key, 'key');
    await bumpGraphVersion(tx);
    return toConcept(row.concept);
  });
}

export async function deleteConcept(db: Database, key: string): Promise<boolean> {
  return db.write(async (tx) => {
    await lockConcepts(tx, [key]);
    const [row] = await tx.run<{ deleted: number }>('deleteConcept', { key });
    if (!row?.deleted) throw new NotFoundError('concept', key, 'key');
    await bumpGraphVersion(tx);
    return true;
  });
}

/** The relation as this write left it, with both ends read in the same transaction. */
export async function linkConcepts(
  db: Database,
  input: z.infer<typeof linkInput>,
): Promise<{ relation: RelationRecord; ends: ConceptRecord[] }> {
  if (input.from === input.to) {
    throw new InvalidInputError('input.to', 'A concept cannot be linked to itself');
  }
  return db.write(async (tx) => {
    await lockConcepts(tx, [input.from, input.to]);
    await requireConcepts(tx, { 'input.from': input.from, 'input.to': input.to });
    const evidence = await resolveEvidence(tx, input.evidence, 'input.evidence');
    const [row] = await tx.run<{ relation: RelationRow; ends: Record<string, unknown>[] }>(
      'linkConcepts',
      { from: input.from, to: input.to, type: input.type, evidence },
    );
    await bumpGraphVersion(tx);
    return { relation: toRelation(row.relation), ends: row.ends.map(toConcept) };
  });
}

export async function unlinkConcepts(
  db: Database,
  input: z.infer<typeof unlinkInput>,
): Promise<boolean> {
  return db.write(async (tx) => {
    await requireConcepts(tx, { 'input.from': input.from, 'input.to': input.to });
    const [row] = await tx.run<{ deleted: number }>('unlinkConcepts', input);
    await bumpGraphVersion(tx);
    return (row?.deleted ?? 0) > 0;
  });
}
