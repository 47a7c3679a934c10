import { NonEmptyArray } from 'type-graphql';
import { EvidenceResolver } from './evidence/evidence.resolver';
import { ConceptFieldsResolver } from './concept/concept-fields.resolver';
import { ConceptResolver } from './concept/concept.resolver';
import { EditingResolver } from './editing/editing.resolver';
import { PaperGraphResolver } from './export/paper-graph.resolver';
import { FactResolver } from './fact/fact.resolver';
import { GraphResolver } from './graph/graph.resolver';
import { ConceptPathResolver } from './graph/path.resolver';
import { NodeResolver } from './node/node.resolver';
import { PaperResolver } from './paper/paper.resolver';
import { RelationResolver } from './relation/relation.resolver';
import { SearchResolver } from './search/search.resolver';
import { SectionResolver } from './section/section.resolver';
import { StatsResolver } from './stats/stats.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  PaperResolver,
  SectionResolver,
  ConceptResolver,
  ConceptFieldsResolver,
  RelationResolver,
  EvidenceResolver,
  FactResolver,
  SearchResolver,
  GraphResolver,
  ConceptPathResolver,
  PaperGraphResolver,
  StatsResolver,
  EditingResolver,
];
