import { z } from 'zod';
import { AppError, BadInputError, NotFoundError } from '../../errors';
import { bumpGraphVersion } from '../../graph-version/graph-version.repository';
import { KIND_LABELS } from '../../graph-vocabulary';
import { Database, WriteTx } from '../../neo4j/database';
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
    throw new BadInputError(
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

export async function createConcept(
  db: Database,
  input: z.infer<typeof createConceptInput>,
): Promise<string> {
  return db.write(async (tx) => {
    const existing = await tx.run('conceptKeysExisting', { keys: [input.key] });
    if (existing.length) {
      throw new AppError('CONFLICT', `A concept with key "${input.key}" already exists`, {
        field: 'input.key',
      });
    }
    const evidence = await resolveEvidence(tx, input.evidence, 'input.evidence');
    const props = {
      key: input.key,
      kind: input.kind,
      aliases: [],
      aliasText: '',
      ...conceptProps(input),
    };
    await tx.run('createConcept', { label: KIND_LABELS[input.kind], props, evidence });
    await bumpGraphVersion(tx);
    return input.key;
  });
}

export async function updateConcept(
  db: Database,
  key: string,
  input: z.infer<typeof updateConceptInput>,
): Promise<string> {
  return db.write(async (tx) => {
    const rows = await tx.run('updateConcept', { key, props: conceptProps(input) });
    if (!rows.length) throw new NotFoundError('concept', key, 'key');
    await bumpGraphVersion(tx);
    return key;
  });
}

export async function deleteConcept(db: Database, key: string): Promise<boolean> {
  return db.write(async (tx) => {
    const [row] = await tx.run<{ deleted: number }>('deleteConcept', { key });
    if (!row?.deleted) throw new NotFoundError('concept', key, 'key');
    await bumpGraphVersion(tx);
    return true;
  });
}

export async function linkConcepts(
  db: Database,
  input: z.infer<typeof linkInput>,
): Promise<RelationRecord> {
  if (input.from === input.to) {
    throw new BadInputError('input.to', 'A concept cannot be linked to itself');
  }
  return db.write(async (tx) => {
    await requireConcepts(tx, { 'input.from': input.from, 'input.to': input.to });
    const evidence = await resolveEvidence(tx, input.evidence, 'input.evidence');
    await tx.run('lockConceptPair', { from: input.from, to: input.to });
    const [row] = await tx.run<{ relation: RelationRow }>('linkConcepts', {
      from: input.from,
      to: input.to,
      type: input.type,
      evidence,
    });
    await bumpGraphVersion(tx);
    return toRelation(row.relation);
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
