import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { SEED_DIR } from '../src/core/paths';
import {
  CONCEPT_FILES,
  ConceptFile,
  RELATION_TYPES,
  TECHNOLOGY_CATEGORIES,
  TREND_SCOPES,
} from '../src/seed/seed.types';

/**
 * Writes a synthetic graph seed of the real seed's shape: the real paper folder, plus paper
 * folders of generated concepts, each with the real paper's 45-heading outline, concepts of all
 * nine kinds with one or two evidence items, about five relations per concept (many of them to
 * concepts of other folders, earlier and later), a few facts and three sources. The output is
 * plain seed files, so `npm run seed:check` and the loader read it as they read graph-seed/.
 */

export interface SyntheticSeedOptions {
  /** Generated concepts, beside the real paper's. */
  concepts: number;
  /** Folder to write into; it must be empty or absent. */
  dir: string;
  conceptsPerPaper?: number;
  relationsPerConcept?: number;
}

/** What the seed holds in all, the real paper's items included. */
export interface SyntheticSeedSummary {
  papers: number;
  concepts: number;
  relations: number;
  facts: number;
}

const REAL_PAPER = 'caict-blockchain-2020';
/** The real paper's publisher, a concept of the real folder: every synthetic paper names it. */
const PUBLISHER = 'caict';

/** The real seed's mix of kinds (concepts per kind in caict-blockchain-2020). */
const KIND_WEIGHTS: [ConceptFile, number][] = [
  ['technology', 48],
  ['trend', 27],
  ['organization', 26],
  ['industry', 22],
  ['governance-mode', 18],
  ['challenge', 17],
  ['region', 15],
  ['policy', 12],
  ['suggestion', 11],
];

const WORDS = [
  'chain',
  'cross',
  'ledger',
  'consensus',
  'contract',
  'token',
  'privacy',
  'identity',
  'oracle',
  'sharding',
  'channel',
  'custody',
  'audit',
  'trade',
  'finance',
  'supply',
  'energy',
  'health',
  'governance',
  'network',
  'storage',
  'hash',
  'signature',
  'wallet',
  'exchange',
  'settlement',
  'registry',
  'provenance',
  'interoperability',
  'compliance',
  'regulation',
  'platform',
  'service',
  'digital',
  'trusted',
  'distributed',
  'permissioned',
  'public',
  'consortium',
  'data',
];
const WORDS_ZH = ['链', '跨链', '账本', '共识', '合约', '隐私', '身份', '数据', '金融', '治理'];

/** A small seeded generator, so every run writes the same seed. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const q = (text: string) => JSON.stringify(text);

interface RealSeed {
  sections: { number: string }[];
  concepts: string[];
  relations: number;
  facts: number;
}

function readRealSeed(): RealSeed {
  const folder = path.join(SEED_DIR, REAL_PAPER);
  const outline = parse(fs.readFileSync(path.join(folder, 'outline.yaml'), 'utf8'));
  const concepts = Object.keys(CONCEPT_FILES).flatMap((file) => {
    const data = parse(fs.readFileSync(path.join(folder, 'concepts', `${file}.yaml`), 'utf8'));
    return (data.concepts as { key: string }[]).map((c) => c.key);
  });
  const count = (file: string, list: string) =>
    (parse(fs.readFileSync(path.join(folder, file), 'utf8'))[list] as unknown[]).length;
  return {
    sections: outline.sections,
    concepts,
    relations: count('relations.yaml', 'relations'),
    facts: count('facts.yaml', 'facts'),
  };
}

/** Concept i's kind, spread evenly through the index range with the real mix. */
function kindOf(index: number): ConceptFile {
  const total = KIND_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let slot = (index * 7919) % total;
  for (const [file, weight] of KIND_WEIGHTS) {
    if (slot < weight) return file;
    slot -= weight;
  }
  return 'technology';
}

const conceptKey = (index: number) => `syn-${index}`;
const paperKey = (paper: number) => `synthetic-${String(paper).padStart(4, '0')}`;

/**
 * One evidence item: a tenth HEADING, a tenth SOURCE with a quote (`quote` says what the source
 * would say; without one, the item cannot be SOURCE), the rest CURATED.
 */
function evidenceLine(section: string, random: () => number, quote?: string): string {
  const roll = random();
  if (roll < 0.1) return `{ section: ${q(section)}, basis: HEADING }`;
  if (roll < 0.2 && quote) {
    const source = `S${1 + Math.floor(random() * 3)}`;
    return `{ section: ${q(section)}, basis: SOURCE, source: ${source}, quote: ${q(quote)} }`;
  }
  return `{ section: ${q(section)}, basis: CURATED }`;
}

export function writeSyntheticSeed(options: SyntheticSeedOptions): SyntheticSeedSummary {
  const perPaper = options.conceptsPerPaper ?? 1000;
  const perConcept = options.relationsPerConcept ?? 5;
  const random = mulberry32(20201222);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  if (options.concepts <= perConcept) {
    throw new Error(
      `a synthetic seed needs more than ${perConcept} concepts, one per relation end`,
    );
  }
  const real = readRealSeed();
  const numbers = real.sections.map((s) => s.number);
  const papers = Math.ceil(options.concepts / perPaper);
  let relations = 0;
  let facts = 0;
  const linked = new Set<string>();

  fs.mkdirSync(options.dir, { recursive: true });
  fs.cpSync(path.join(SEED_DIR, REAL_PAPER), path.join(options.dir, REAL_PAPER), {
    recursive: true,
  });

  for (let paper = 0; paper < papers; paper += 1) {
    const key = paperKey(paper);
    const first = paper * perPaper;
    const last = Math.min(options.concepts, first + perPaper);
    const folder = path.join(options.dir, key);
    fs.mkdirSync(path.join(folder, 'concepts'), { recursive: true });
    const write = (file: string, lines: string[]) =>
      fs.writeFileSync(path.join(folder, file), `${lines.join('\n')}\n`);

    write('paper.yaml', [
      `key: ${key}`,
      `title: ${q(`Synthetic paper ${paper}`)}`,
      `titleZh: ${q(`合成白皮书 ${paper}`)}`,
      'titleZhOriginal: false',
      `publisher: ${PUBLISHER}`,
      'publishedOn: "2020-12-22"',
      `event: ${q('Generated for the scale benchmark')}`,
      `url: https://example.org/synthetic/${key}`,
      'evidence:',
      `  - { section: "I", basis: SOURCE, source: S1, quote: ${q(`Synthetic paper ${paper}`)} }`,
    ]);
    write('outline.yaml', [
      'sections:',
      ...real.sections.flatMap((s) => [
        `  - number: ${q(s.number)}`,
        `    title: ${q(`Heading ${s.number} of paper ${paper}`)}`,
        `    titleZh: ${q(`标题 ${s.number}`)}`,
      ]),
    ]);
    write('sources.yaml', [
      'sources:',
      ...[1, 2, 3].flatMap((n) => [
        `  - id: S${n}`,
        `    url: https://example.org/synthetic/${key}/source-${n}`,
        `    title: ${q(`Source ${n} about synthetic paper ${paper}`)}`,
      ]),
    ]);

    const byKind = new Map<ConceptFile, string[]>();
    const relationLines: string[] = ['relations:'];
    for (let index = first; index < last; index += 1) {
      const kind = kindOf(index);
      const words = [pick(WORDS), pick(WORDS), pick(WORDS)];
      const name = `${words.join(' ')} ${index}`;
      const section = Math.floor(random() * numbers.length);
      const lines = byKind.get(kind) ?? [];
      const quote = `${name} is discussed by the source.`;
      lines.push(
        `  - key: ${conceptKey(index)}`,
        `    name: ${q(name.charAt(0).toUpperCase() + name.slice(1))}`,
        `    nameZh: ${q(`${pick(WORDS_ZH)}${pick(WORDS_ZH)}${index}`)}`,
        ...(random() < 0.5 ? [`    aliases: [${q(`${words[0]}-${words[1]} ${index}`)}]`] : []),
        `    summary: ${q(`A synthetic ${kind} about ${words.join(', ')} and ${pick(WORDS)}.`)}`,
        ...(kind === 'technology' ? [`    category: ${pick(TECHNOLOGY_CATEGORIES)}`] : []),
        ...(kind === 'trend' ? [`    scope: ${pick(TREND_SCOPES)}`] : []),
        '    evidence:',
        `      - ${evidenceLine(numbers[section], random, quote)}`,
        // A second item names another section, so the two never repeat each other.
        ...(random() < 0.5
          ? [`      - ${evidenceLine(numbers[(section + 1) % numbers.length], random, quote)}`]
          : []),
      );
      byKind.set(kind, lines);

      // Half the ends lie in this folder, most others anywhere in the graph, a few in the paper.
      const ends = new Set<string>();
      while (ends.size < perConcept) {
        const roll = random();
        const end =
          roll < 0.02
            ? pick(real.concepts)
            : conceptKey(
                roll < 0.5
                  ? first + Math.floor(random() * (last - first))
                  : Math.floor(random() * options.concepts),
              );
        if (end !== conceptKey(index)) ends.add(end);
      }
      for (const end of ends) {
        // The same type both ways between one pair is refused by the validator: take another.
        let type = pick(RELATION_TYPES);
        while (linked.has(`${end}|${type}|${conceptKey(index)}`)) type = pick(RELATION_TYPES);
        linked.add(`${conceptKey(index)}|${type}|${end}`);
        // No SOURCE on relations: a sourced relation's quote must name both ends.
        relationLines.push(
          `  - from: ${conceptKey(index)}`,
          `    type: ${type}`,
          `    to: ${end}`,
          '    evidence:',
          `      - ${evidenceLine(pick(numbers), random)}`,
        );
        relations += 1;
      }
    }
    for (const [kind, lines] of byKind) write(`concepts/${kind}.yaml`, ['concepts:', ...lines]);
    write('relations.yaml', relationLines);

    const factLines = ['facts:'];
    for (let n = 0; n < Math.max(1, Math.floor((last - first) / 100)); n += 1) {
      factLines.push(
        `  - key: ${key}-fact-${n}`,
        `    statement: ${q(`Synthetic figure ${n} of paper ${paper}.`)}`,
        `    value: ${Math.floor(random() * 100000)}`,
        '    unit: items',
        `    about: [${conceptKey(first + Math.floor(random() * (last - first)))}]`,
        '    evidence:',
        `      - ${evidenceLine(pick(numbers), random, `Synthetic figure ${n}.`)}`,
      );
      facts += 1;
    }
    write('facts.yaml', factLines);
  }
  return {
    papers: papers + 1,
    concepts: options.concepts + real.concepts.length,
    relations: relations + real.relations,
    facts: facts + real.facts,
  };
}
