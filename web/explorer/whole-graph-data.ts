import { graphql } from './api';

export interface WholeGraph {
  nodes: { key: string; kind: string; name: string; nameZh: string; bases: string[] }[];
  edges: { from: string; to: string; type: string; bases: string[] }[];
  /** True when the graph has more concepts than the view draws. */
  capped: boolean;
}

/** Beyond this many concepts the drawing stops being readable and the layout slow; see README. */
export const MAX_CONCEPTS = 2000;

// Eight concepts a page keeps each request under the API's default cost limit.
const RELATIONS = `pageInfo { endCursor hasNextPage } edges { node { type to { key } evidence { basis } } }`;

// Eight concepts a page keeps each request under the API's default cost limit.
const PAGE = `query ExplorerWholeGraph($after: String) {
  concepts(first: 8, after: $after, orderBy: DEGREE) {
    pageInfo { endCursor hasNextPage }
    edges { node {
      key kind name nameZh: name(lang: ZH) evidence { basis }
      relations(first: 15, direction: OUT) { ${RELATIONS} }
    } }
  }
}`;

const MORE_RELATIONS = `query ExplorerMoreRelations($key: String!, $after: String) {
  concept(key: $key) { relations(first: 15, after: $after, direction: OUT) { ${RELATIONS} } }
}`;

interface RelationPage {
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  edges: { node: { type: string; to: { key: string }; evidence: { basis: string }[] } }[];
}

interface ConceptPage {
  concepts: {
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    edges: {
      node: { key: string; kind: string; name: string; nameZh: string; evidence: { basis: string }[]; relations: RelationPage };
    }[];
  };
}

const distinct = (items: { basis: string }[]) => [...new Set(items.map((i) => i.basis))];

/**
 * All concepts and relations, most connected first, paged through the public `concepts` list
 * (each concept with its outgoing relations). The one place the whole-graph view reads data.
 */
export async function loadWholeGraph(): Promise<WholeGraph> {
  const graph: WholeGraph = { nodes: [], edges: [], capped: false };
  let after: string | null = null;
  for (;;) {
    const page: ConceptPage = await graphql<ConceptPage>(PAGE, { after });
    for (const { node } of page.concepts.edges) {
      graph.nodes.push({ key: node.key, kind: node.kind, name: node.name, nameZh: node.nameZh, bases: distinct(node.evidence) });
      let relations = node.relations;
      for (;;) {
        for (const r of relations.edges) {
          graph.edges.push({ from: node.key, to: r.node.to.key, type: r.node.type, bases: distinct(r.node.evidence) });
        }
        if (!relations.pageInfo.hasNextPage) break;
        const more: { concept: { relations: RelationPage } } = await graphql(MORE_RELATIONS, {
          key: node.key,
          after: relations.pageInfo.endCursor,
        });
        relations = more.concept.relations;
      }
    }
    after = page.concepts.pageInfo.endCursor;
    if (!page.concepts.pageInfo.hasNextPage) break;
    if (graph.nodes.length >= MAX_CONCEPTS) {
      graph.capped = true;
      break;
    }
  }
  return graph;
}
