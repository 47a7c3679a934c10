import {
  FragmentDefinitionNode,
  getNamedType,
  GraphQLNamedType,
  GraphQLSchema,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';

/**
 * About how many field selections graphql-jit would generate code for: under a field of an
 * abstract type (a `Concept` end of a relation) it repeats the whole sub-selection once per
 * possible type, so the size grows as (possible types)^(depth). Four nested relation ends,
 * 434 characters of query, took 12 s to compile; five ran out of memory. Counting stops once
 * past `limit`, so the count itself stays cheap.
 */
export function compiledSize(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  limit: number,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  let total = 0;
  const walk = (set: SelectionSetNode, type: GraphQLNamedType, copies: number): void => {
    for (const selection of set.selections) {
      if (total > limit) return;
      if (selection.kind === Kind.FIELD) {
        total += copies;
        if (!selection.selectionSet) continue;
        const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
        const field = fields[selection.name.value];
        if (!field) continue;
        const fieldType = getNamedType(field.type);
        const fanOut = isAbstractType(fieldType) ? schema.getPossibleTypes(fieldType).length : 1;
        walk(selection.selectionSet, fieldType, copies * fanOut);
      } else {
        const fragment =
          selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment) continue;
        const condition =
          fragment.typeCondition && schema.getType(fragment.typeCondition.name.value);
        walk(fragment.selectionSet, condition ?? type, copies);
      }
    }
  };
  walk(operation.selectionSet, root, 1);
  return total;
}
