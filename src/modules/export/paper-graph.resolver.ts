import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Context } from '../../graphql/context';
import { BadInputError } from '../../graphql/errors';
import { ConceptKind, EvidenceBasis } from '../common/common.enums';
import { KindsArg } from '../common/kinds.arg';
import { findPaperGraph } from './paper-graph.repository';
import { PAPER_GRAPH_MAX_CONCEPTS, PaperGraph } from './paper-graph.type';

const ALL_BASES = Object.values(EvidenceBasis);

@Resolver()
export class PaperGraphResolver {
  @Query(() => PaperGraph, {
    nullable: true,
    description: `All concepts of a paper and all relations among them, in one answer (one database query). Null for an unknown paper. Refused with BAD_USER_INPUT when the filters keep more than ${PAPER_GRAPH_MAX_CONCEPTS} concepts.`,
  })
  async graph(
    @Ctx() ctx: Context,
    @Arg('paper', () => String, { description: 'Key of the paper.' }) paper: string,
    @KindsArg() kinds: ConceptKind[],
    @Arg('bases', () => [EvidenceBasis], {
      nullable: true,
      description:
        'Only concepts and relations with evidence on one of these bases, e.g. [HEADING, SOURCE] to leave out what only the editors placed; all when omitted or empty.',
    })
    bases: EvidenceBasis[] | null,
  ) {
    const graph = await findPaperGraph(ctx.db, {
      paper,
      kinds,
      bases: bases?.length ? [...new Set(bases)] : ALL_BASES,
      max: PAPER_GRAPH_MAX_CONCEPTS,
    });
    if (graph && graph.total > PAPER_GRAPH_MAX_CONCEPTS) {
      throw new BadInputError(
        'paper',
        `The filters keep ${graph.total} concepts, more than the ${PAPER_GRAPH_MAX_CONCEPTS} graph answers with: narrow kinds or bases, or download GET /export/${paper}.json`,
      );
    }
    return graph;
  }
}
