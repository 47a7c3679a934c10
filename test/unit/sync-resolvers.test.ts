import { GraphQLInterfaceType, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { buildAppSchema } from '../../src/graphql/schema';
import { toConcept } from '../../src/modules/concept/concept.record';

// type-graphql would answer each of these through a promise (see sync-resolvers.ts); a
// concept list resolves thousands of them per request.
const schema = buildAppSchema();
const concept = toConcept({ key: 'k', kind: 'TECHNOLOGY', name: 'Ledger', nameZh: '账本' });
const info = {} as GraphQLResolveInfo;

describe('field resolvers with arguments answer synchronously', () => {
  it.each(['Concept', 'Technology', 'Region'])('%s.name(lang:)', (typeName) => {
    const type = schema.getType(typeName) as GraphQLObjectType | GraphQLInterfaceType;
    const resolve = type.getFields().name.resolve!;
    expect(resolve(concept, { lang: 'ZH' }, {}, info)).toBe('账本');
    expect(resolve(concept, { lang: 'EN' }, {}, info)).toBe('Ledger');
  });

  it('Concept.summary(lang:) and aliases(lang:)', () => {
    const fields = (schema.getType('Trend') as GraphQLObjectType).getFields();
    const withText = { ...concept, summary: 'S', aliases: ['DLT', '分布式账本'] };
    expect(fields.summary.resolve!(withText, { lang: 'EN' }, {}, info)).toBe('S');
    expect(fields.aliases.resolve!(withText, { lang: 'ZH' }, {}, info)).toEqual(['分布式账本']);
  });

  it('the Concept and Node interfaces resolve their types synchronously', () => {
    const conceptType = schema.getType('Concept') as GraphQLInterfaceType;
    const nodeType = schema.getType('Node') as GraphQLInterfaceType;
    expect(conceptType.resolveType!(concept, {}, info, conceptType)).toBe('Technology');
    expect(nodeType.resolveType!(concept, {}, info, nodeType)).toBe('Technology');
  });
});
