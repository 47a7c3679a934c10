import { graphql } from './api';

export interface WholeGraph {
  nodes: { key: string; kind: string; name: string; nameZh: string; bases: string[] }[];
  edges: { from: string; to: string; type: string; bases: string[] }[];
  /** True when the graph has more concepts than the view draws. */
  capped: boolean;
}

/** Beyond this many concepts the drawing stops being readable and the layout slow; see README. */
export const MAX_CONCEPTS = 2000;

const CONCEPTS = `query ExplorerAllConcepts($after: String) {
  concepts(first: 100, after: $after, orderBy: DEGREE) {
    pageInfo { endCursor hasNextPage }
    edges { node { key kind name nameZh: name(lang: ZH) evidence { basis } } }
  }
}`;

const RELATIONS = `relations(first: 15, after: $after, direction: OUT) {
  pageInfo { endCursor hasNextPage }
  edges { node { type to { key } evidence { basis } } }
}`;

// Sixteen concepts' relations a request stay under the API's default alias and cost limits.
const BATCH = 16;
const PARALLEL = 4;

/** One request for the outgoing relations of several concepts, one alias each. */
function relationsQuery(count: number): string {
  const variables = Array.from({ length: count }, (_, i) => `$k${i}: String!`).join(', ');
  const fields = Array.from(
    { length: count },
    (_, i) => `c${i}: concept(key: $k${i}) { ${RELATIONS.replace('after: $after, ', '')} }`,
  ).join('\n');
  return `query ExplorerRelations(${variables}) {\n${fields}\n}`;
}

const MORE_RELATIONS = `query ExplorerMoreRelations($key: String!, $after: String) {
  concept(key: $key) { ${RELATIONS} }
}`;

interface RelationPage {
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  edges: { node: { type: string; to: { key: string }; evidence: { basis: string }[] } }[];
}

interface ConceptPage {
  concepts: {
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    edges: {
      node: {
        key: string;
        kind: string;
        name: string;
        nameZh: string;
        evidence: { basis: string }[];
      };
    }[];
  };
}

const distinct = (items: { basis: string }[]) => [...new Set(items.map((i) => i.basis))];

async function loadConcepts(graph: WholeGraph): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const page: ConceptPage = await graphql<ConceptPage>(CONCEPTS, { after });
    for (const { node } of page.concepts.edges) {
      const { evidence, ...concept } = node;
      graph.nodes.push({ ...concept, bases: distinct(evidence) });
    }
    after = page.concepts.pageInfo.endCursor;
    if (!page.concepts.pageInfo.hasNextPage) return;
    if (graph.nodes.length >= MAX_CONCEPTS) {
      graph.capped = true;
      return;
    }
  }
}

async function loadRelations(graph: WholeGraph, keys: string[]): Promise<void> {
  const variables = Object.fromEntries(keys.map((key, i) => [`k${i}`, key]));
  const data = await graphql<Record<string, { relations: RelationPage } | null>>(
    relationsQuery(keys.length),
    variables,
  );
  await Promise.all(
    keys.map(async (key, i) => {
      let relations = data[`c${i}`]?.relations;
      while (relations) {
        for (const r of relations.edges) {
          graph.edges.push({
            from: key,
            to: r.node.to.key,
            type: r.node.type,
            bases: distinct(r.node.evidence),
          });
        }
        if (!relations.pageInfo.hasNextPage) break;
        const more: { concept: { relations: RelationPage } | null } = await graphql(
          MORE_RELATIONS,
          {
            key,
            after: relations.pageInfo.endCursor,
          },
        );
        relations = more.concept?.relations;
      }
    }),
  );
}

/**
 * All concepts, most connected first, then their outgoing relations, through the public
 * `concepts` and `concept` fields. The one place the whole-graph view reads data.
 */
export async function loadWholeGraph(): Promise<WholeGraph> {
  const graph: WholeGraph = { nodes: [], edges: [], capped: false };
  await loadConcepts(graph);
  const batches: string[][] = [];
  for (let i = 0; i < graph.nodes.length; i += BATCH) {
    batches.push(graph.nodes.slice(i, i + BATCH).map((n) => n.key));
  }
  const next = async (): Promise<void> => {
    const keys = batches.shift();
    if (!keys) return;
    await loadRelations(graph, keys);
    return next();
  };
  await Promise.all(Array.from({ length: PARALLEL }, next));
  return graph;
}
