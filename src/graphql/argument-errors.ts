import { ApolloServerPlugin } from '@apollo/server';
import { ASTNode, DocumentNode, GraphQLError, Kind, visit } from 'graphql';

/**
 * The argument a literal value sits in, e.g. `filter.kinds` for `concepts(filter: {kinds: [X]})`;
 * undefined when the node is not inside an argument.
 */
export function argumentPath(document: DocumentNode, target: ASTNode): string | undefined {
  let found: string | undefined;
  const names: string[] = [];
  visit(document, {
    enter(node) {
      if (found) return false;
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD)
        names.push(node.name.value);
      if (node === target && names.length) found = names.join('.');
      return undefined;
    },
    leave(node) {
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) names.pop();
    },
  });
  return found;
}

/** `Variable "$kinds" got invalid value …` names the variable, and where inside it. */
export function variablePath(message: string): string | undefined {
  const match = /^Variable "\$(\w+)" got invalid value .*? at "(\w+)([^"]*)"/.exec(message);
  if (match) return `${match[2]}${match[3]}`;
  return /^Variable "\$(\w+)"/.exec(message)?.[1];
}

/**
 * A wrong literal (an unknown enum value, a string where an Int belongs) fails graphql-js
 * validation without saying which argument it was; this names it, so that the client sees
 * BAD_USER_INPUT with the field at fault like every other input error.
 */
export const argumentErrorsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async validationDidStart({ document }) {
        return async (errors?: readonly Error[]) => {
          for (const error of errors ?? []) {
            if (!(error instanceof GraphQLError)) continue;
            const node = error.nodes?.[0];
            const field = node && argumentPath(document, node);
            if (field) Object.assign(error.extensions, { field });
          }
        };
      },
    };
  },
};
