import {
  getNamedType,
  GraphQLNamedType,
  GraphQLSchema,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { buildAppSchema } from '../../src/graphql/schema';

type Part = [name: string, description: string | null | undefined];

/** The named types a client reaches from Query and Mutation: fields, arguments, implementations. */
function reachableTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  const seen = new Map<string, GraphQLNamedType>();
  const visit = (type: GraphQLNamedType) => {
    if (seen.has(type.name) || type.name.startsWith('__') || isSpecifiedScalarType(type)) return;
    seen.set(type.name, type);
    if (isAbstractType(type)) schema.getPossibleTypes(type).forEach(visit);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        visit(getNamedType(field.type));
        field.args.forEach((arg) => visit(getNamedType(arg.type)));
      }
    }
    if (isInputObjectType(type)) {
      Object.values(type.getFields()).forEach((field) => visit(getNamedType(field.type)));
    }
  };
  visit(schema.getQueryType()!);
  visit(schema.getMutationType()!);
  return [...seen.values()];
}

/** Every type, field, argument and enum value, with its description. */
function documentedParts(type: GraphQLNamedType): Part[] {
  // The root type is a container; its fields carry the documentation.
  const parts: Part[] = ['Query', 'Mutation'].includes(type.name)
    ? []
    : [[type.name, type.description]];
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const field of Object.values(type.getFields())) {
      parts.push([`${type.name}.${field.name}`, field.description]);
      for (const arg of field.args)
        parts.push([`${type.name}.${field.name}(${arg.name})`, arg.description]);
    }
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields()))
      parts.push([`${type.name}.${field.name}`, field.description]);
  }
  if (isEnumType(type)) {
    for (const value of type.getValues())
      parts.push([`${type.name}.${value.name}`, value.description]);
  }
  return parts;
}

describe('schema documentation', () => {
  it('describes every type, field, argument and enum value a client can reach', () => {
    const undocumented = reachableTypes(buildAppSchema())
      .flatMap(documentedParts)
      .filter(([, description]) => !description?.trim())
      .map(([name]) => name);
    expect(undocumented).toEqual([]);
  });

  it('explains the evidence bases, and that CURATED is not a claim of the paper', () => {
    const basis = buildAppSchema().getType('EvidenceBasis');
    expect(basis && isEnumType(basis) && basis.getValue('CURATED')?.description).toMatch(
      /not a claim/i,
    );
  });
});
