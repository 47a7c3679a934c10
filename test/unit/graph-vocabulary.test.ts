import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLEnumType, GraphQLInterfaceType, GraphQLObjectType } from 'graphql';
import { z } from 'zod';
import {
  CONCEPT_KINDS,
  EVIDENCE_BASES,
  KIND_LABELS,
  RELATION_TYPES,
  TECHNOLOGY_CATEGORIES,
  TREND_SCOPES,
} from '../../src/core/graph-vocabulary';
import { CYPHER_DIR } from '../../src/core/paths';
import { buildAppSchema } from '../../src/graphql/schema';
import {
  createConceptInput,
  linkInput,
  unlinkInput,
} from '../../src/modules/editing/editing.validation';
import { conceptItem, relationItem } from '../../src/seed/seed.schema';
import { CONCEPT_FILES } from '../../src/seed/seed.types';

/** Every name the vocabulary declares: kinds, their labels, and relation types. */
const VOCABULARY_WORDS = [...CONCEPT_KINDS, ...Object.values(KIND_LABELS), ...RELATION_TYPES];

/** The vocabulary's words a Cypher text names, comments left out (they may explain). */
function vocabularyIn(cypher: string): string[] {
  const code = cypher
    .split('\n')
    .map((line) => line.replace(/(^|\s)\/\/.*$/, ''))
    .join('\n');
  return VOCABULARY_WORDS.filter((word) => new RegExp(`\\b${word}\\b`).test(code));
}

function cypherFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return cypherFiles(file);
    return entry.name.endsWith('.cypher') ? [file] : [];
  });
}

const sorted = (values: Iterable<string>) => [...values].sort();

describe('one graph vocabulary', () => {
  test('the check finds labels and relation types written out in Cypher', () => {
    expect(vocabularyIn('MATCH (n:Technology|Trend)-[r]-() WHERE type(r) IN ["DRIVES"]')).toEqual([
      'Technology',
      'Trend',
      'DRIVES',
    ]);
    expect(vocabularyIn("WHERE c.kind = 'GOVERNANCE_MODE' // not Policy")).toEqual([
      'GOVERNANCE_MODE',
    ]);
    expect(vocabularyIn('MATCH (c:Concept) WHERE c.kind IN $kinds // e.g. Region')).toEqual([]);
  });

  // Applied migrations (cypher/schema) are never edited, so only the queries are held to it.
  test('no query names a kind, kind label or relation type: they come as parameters', () => {
    const files = cypherFiles(path.join(CYPHER_DIR, 'queries'));
    expect(files.length).toBeGreaterThan(5);
    const named = files.flatMap((file) =>
      vocabularyIn(fs.readFileSync(file, 'utf8')).map(
        (word) => `${path.relative(CYPHER_DIR, file)}: ${word}`,
      ),
    );
    expect(named).toEqual([]);
  });

  test('the GraphQL enums have exactly the vocabulary’s members', () => {
    const schema = buildAppSchema();
    const members = (name: string) =>
      sorted((schema.getType(name) as GraphQLEnumType).getValues().map((value) => value.name));
    expect(members('ConceptKind')).toEqual(sorted(CONCEPT_KINDS));
    expect(members('RelationType')).toEqual(sorted(RELATION_TYPES));
    expect(members('EvidenceBasis')).toEqual(sorted(EVIDENCE_BASES));
    expect(members('TechnologyCategory')).toEqual(sorted(TECHNOLOGY_CATEGORIES));
    expect(members('TrendScope')).toEqual(sorted(TREND_SCOPES));
  });

  test('each kind has the object type its label names, and no other type implements Concept', () => {
    const schema = buildAppSchema();
    const concept = schema.getType('Concept') as GraphQLInterfaceType;
    const kindTypes = schema.getPossibleTypes(concept).map((type: GraphQLObjectType) => type.name);
    expect(sorted(kindTypes)).toEqual(sorted(Object.values(KIND_LABELS)));
  });

  test('seed validation takes exactly the vocabulary: one concept file per kind, its types and bases', () => {
    expect(sorted(Object.values(CONCEPT_FILES).map((file) => file.kind))).toEqual(
      sorted(CONCEPT_KINDS),
    );
    for (const { kind, label } of Object.values(CONCEPT_FILES)) {
      expect(label).toBe(KIND_LABELS[kind]);
    }
    expect(sorted(relationItem.shape.type.options)).toEqual(sorted(RELATION_TYPES));
    const evidence = relationItem.shape.evidence.element;
    expect(sorted(evidence.shape.basis.options)).toEqual(sorted(EVIDENCE_BASES));
    // Only technologies have a category and only trends a scope, so the shapes differ by file.
    const optional = (shape: object, field: string) =>
      (shape as Record<string, z.ZodOptional<z.ZodEnum<Record<string, string>>>>)[field].unwrap()
        .options;
    expect(sorted(optional(conceptItem('technology').shape, 'category'))).toEqual(
      sorted(TECHNOLOGY_CATEGORIES),
    );
    expect(sorted(optional(conceptItem('trend').shape, 'scope'))).toEqual(sorted(TREND_SCOPES));
  });

  test('mutation input validation takes exactly the vocabulary’s kinds and relation types', () => {
    expect(sorted(createConceptInput.shape.kind.options)).toEqual(sorted(CONCEPT_KINDS));
    expect(sorted(linkInput.shape.type.options)).toEqual(sorted(RELATION_TYPES));
    expect(sorted(unlinkInput.shape.type.options)).toEqual(sorted(RELATION_TYPES));
  });
});
