import { getNullableType, isCompositeType, isListType, getNamedType } from 'graphql';
import { ComplexityEstimator } from 'graphql-query-complexity';
import { searchWords } from '../modules/search/search.lucene';
import { DEFAULT_PAGE_SIZE } from '../graphql/pagination';

/**
 * What one field costs, counted as the items the server will load and send: a field is 1, and a
 * list multiplies what is selected inside it by how many items it can hold. Sizes come from the
 * arguments as the server will see them (variables and defaults applied by graphql-query-complexity),
 * so `first: $n` and an omitted `first` count like a literal.
 */

/**
 * Items assumed for lists without a size argument (evidence, children, outline …): above what
 * the paper's concepts and sections typically hold (two or three).
 */
export const LIST_SIZE = 5;
/** A full-text word is looked up in two indexes and several fields. */
export const SEARCH_WORD_COST = 10;
/** Expanding a neighbourhood or finding paths visits concepts beyond the ones returned. */
export const TRAVERSAL_COST = 5;

type Args = Record<string, unknown>;

/** A count from an argument; negative or missing counts as `fallback`, so none lowers a cost. */
function count(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(value, 0) : fallback;
}

/**
 * Page size of a connection or a limited list: `first` or `last` (whichever asks for more); the
 * server's default page size when neither is given and the field has no default of its own.
 */
function pageSize(args: Args): number {
  if (args.first === undefined && args.last === undefined) return DEFAULT_PAGE_SIZE;
  return Math.max(count(args.first, 0), count(args.last, 0));
}

export const fieldCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const a = args as Args;
  if (type.name === 'Query') {
    switch (field.name) {
      case 'neighborhood': {
        const limit = Math.max(count(a.limit, 100), 1);
        const depth = Math.max(count(a.depth, 1), 1);
        return 1 + limit * depth * TRAVERSAL_COST + limit * childComplexity;
      }
      case 'paths': {
        const hops = Math.max(count(a.maxHops, 4), 1);
        const first = count(a.first, 3);
        return 1 + hops * TRAVERSAL_COST * LIST_SIZE + first * (hops + 1) * childComplexity;
      }
      case 'search': {
        const words = typeof a.text === 'string' ? searchWords(a.text).length : 1;
        return 1 + words * SEARCH_WORD_COST + count(a.first, 10) * childComplexity;
      }
      case 'nodes':
        return 1 + (Array.isArray(a.ids) ? a.ids.length : LIST_SIZE) * childComplexity;
    }
  }
  // Introspection answers from memory: every type counts LIST_SIZE, and what is inside it once
  // per item asked for.
  if (type.name.startsWith('__')) {
    return 1 + (field.name === 'types' ? LIST_SIZE : 1) * childComplexity;
  }
  // A subgraph of `limit` concepts: the neighbourhood multiplies by `limit`; its relations are
  // counted as two per concept.
  if (type.name === 'Subgraph') return 1 + (field.name === 'edges' ? 2 : 1) * childComplexity;
  // The connection field already multiplied by its page size.
  if (type.name.endsWith('Connection') && field.name === 'edges') return 1 + childComplexity;
  // Decided by the field's arguments, not the request's: an omitted `first` still pages.
  if (field.args.some((arg) => arg.name === 'first' || arg.name === 'last')) {
    return 1 + pageSize(a) * childComplexity;
  }
  const isList = isListType(getNullableType(field.type));
  if (isList && isCompositeType(getNamedType(field.type))) {
    return 1 + LIST_SIZE * childComplexity;
  }
  return 1 + childComplexity;
};
