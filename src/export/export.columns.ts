import { PropertyType } from './export.reader';

/** Scalar types that GraphML keys and neo4j-admin CSV headers both name the same way. */
export type ScalarType = 'string' | 'long' | 'double' | 'boolean';

/** One declared property: a GraphML key or a CSV column. */
export interface Column {
  name: string;
  type: ScalarType;
  /** A list of `type`; `json` when the values do not fit one declared type and are written as JSON text. */
  list: boolean;
  json: boolean;
}

const SCALARS: Readonly<Record<string, ScalarType>> = {
  STRING: 'string',
  INTEGER: 'long',
  FLOAT: 'double',
  BOOLEAN: 'boolean',
};

/** `LIST<STRING NOT NULL> NOT NULL` → { list: true, scalar: 'STRING' }; NOTHING is an empty list's. */
function parse(type: string): { list: boolean; scalar: string } {
  const bare = type.replace(/ NOT NULL/g, '');
  const list = /^LIST<(.*)>$/.exec(bare);
  return list ? { list: true, scalar: list[1] } : { list: false, scalar: bare };
}

function columnOf({ name, types }: PropertyType): Column {
  const parsed = types.map(parse);
  const scalars = new Set(parsed.map((p) => p.scalar).filter((s) => s !== 'NOTHING'));
  const lists = new Set(parsed.map((p) => p.list));
  // Integers beside floats widen to double; any other mixture is kept whole as JSON text.
  if (scalars.has('INTEGER') && scalars.has('FLOAT')) scalars.delete('INTEGER');
  const [scalar] = [...scalars];
  const type = scalars.size <= 1 ? SCALARS[scalar ?? 'STRING'] : undefined;
  if (!type || lists.size > 1) return { name, type: 'string', list: false, json: true };
  return { name, type, list: lists.has(true), json: false };
}

export function columnsFor(types: PropertyType[], element: PropertyType['element']): Column[] {
  return types.filter((t) => t.element === element).map(columnOf);
}
