import { childFields, ResolveTree, selects } from '../../graphql/lookahead';
import { onlyNaming } from '../concept/concept.lookahead';
import { SubgraphProjection } from './graph.repository';

/**
 * How much of a neighbourhood the selection `subgraph` reads: nodes by their naming fields only
 * when neither they nor the edges' ends ask more of them; the edges' evidence only when an edge's
 * evidence or sentence is selected.
 */
export function subgraphProjection(subgraph: ResolveTree | null): SubgraphProjection {
  const edges = childFields(subgraph, 'edges');
  const concepts = [
    ...childFields(subgraph, 'nodes'),
    ...edges.flatMap((edge) => [...childFields(edge, 'from'), ...childFields(edge, 'to')]),
  ];
  return {
    briefNodes: concepts.every(onlyNaming),
    edgeEvidence: edges.some((edge) => selects(edge, 'evidence') || selects(edge, 'sentence')),
  };
}
