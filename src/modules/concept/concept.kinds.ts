import { Field, ObjectType } from 'type-graphql';
import { TechnologyCategory, TrendScope } from '../common/common.enums';
import { Node } from '../common/node.type';
import { Concept } from './concept.type';

// Object types find their fields (and field resolvers) through the interfaces they list.
const implementsConcept = { implements: [Node, Concept], simpleResolvers: true };

@ObjectType({ ...implementsConcept, description: 'A blockchain technology (kind TECHNOLOGY).' })
export class Technology {
  @Field(() => TechnologyCategory, {
    nullable: true,
    description:
      "Which of the paper's three technology groups it belongs to (core, expansion, supporting); null for the map and the groups themselves.",
  })
  category!: TechnologyCategory | null;
}

@ObjectType({ ...implementsConcept, description: 'A development trend (kind TREND).' })
export class Trend {
  @Field(() => TrendScope, {
    nullable: true,
    description: 'Whether the trend concerns blockchain overall, its technology or its industry.',
  })
  scope!: TrendScope | null;
}

@ObjectType({
  ...implementsConcept,
  description: 'An industry or application area (kind INDUSTRY).',
})
export class Industry {}

@ObjectType({
  ...implementsConcept,
  description: 'A problem holding blockchain back (kind CHALLENGE).',
})
export class Challenge {}

@ObjectType({
  ...implementsConcept,
  description: 'A recommendation for the way forward (kind SUGGESTION).',
})
export class Suggestion {}

@ObjectType({
  ...implementsConcept,
  description: 'A mode of alliance ecology or a means of governance (kind GOVERNANCE_MODE).',
})
export class GovernanceMode {}

@ObjectType({ ...implementsConcept, description: 'A policy, plan or regulation (kind POLICY).' })
export class Policy {}

@ObjectType({
  ...implementsConcept,
  description: 'A publisher, alliance, regulator or market player (kind ORGANIZATION).',
})
export class Organization {}

@ObjectType({
  ...implementsConcept,
  description: 'A country, province, city or other region (kind REGION).',
})
export class Region {}
