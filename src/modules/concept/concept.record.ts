import { KIND_LABELS } from '../../core/graph-vocabulary';
import { toGlobalId } from '../../graphql/ids';
import { ConceptKind, TechnologyCategory, TrendScope } from '../common/common.enums';

/** A concept as the resolvers see it: plain data, no Neo4j types. */
export interface ConceptRecord {
  id: string;
  key: string;
  kind: ConceptKind;
  name: string;
  nameOriginal: boolean;
  /** The English name is plural ("Smart contracts"), so a sentence about it says "are". */
  plural: boolean;
  nameZh: string | null;
  nameZhOriginal: boolean;
  aliases: string[];
  summary: string | null;
  summaryZh: string | null;
  category: TechnologyCategory | null;
  scope: TrendScope | null;
}

/** GraphQL object type (and Neo4j label) of each kind. */
export const CONCEPT_TYPE_NAMES: Readonly<Record<ConceptKind, string>> = KIND_LABELS;

export const CONCEPT_TYPE_NAME_SET: ReadonlySet<string> = new Set(
  Object.values(CONCEPT_TYPE_NAMES),
);

/** Maps the properties of a `:Concept` node (as returned by `properties(c)`) to a record. */
export function toConcept(props: Record<string, unknown>): ConceptRecord {
  const kind = props.kind as ConceptKind;
  const key = String(props.key);
  return {
    id: toGlobalId(CONCEPT_TYPE_NAMES[kind] ?? 'Concept', key),
    key,
    kind,
    name: String(props.name ?? key),
    nameOriginal: props.nameOriginal === true,
    plural: props.plural === true,
    nameZh: (props.nameZh as string | undefined) || null,
    nameZhOriginal: props.nameZhOriginal === true,
    aliases: Array.isArray(props.aliases) ? props.aliases.map(String) : [],
    summary: (props.summary as string | undefined) || null,
    summaryZh: (props.summaryZh as string | undefined) || null,
    category: (props.category as TechnologyCategory | undefined) ?? null,
    scope: (props.scope as TrendScope | undefined) ?? null,
  };
}

/** A concept as a statement returns it: all its properties, or, when brief, only its naming ones. */
export type ConceptRow =
  | Record<string, unknown>
  | [key: string, kind: string, name: string, nameZh: string | null, plural: boolean | null];

/**
 * Maps a concept row: brief ones (lists, which the driver decodes far faster than maps) become
 * records whose other fields are empty, so they may serve only selections of naming fields.
 */
export function toConceptFromRow(row: ConceptRow): ConceptRecord {
  if (!Array.isArray(row)) return toConcept(row);
  const [key, kind, name, nameZh, plural] = row;
  return toConcept({ key, kind, name, nameZh, plural });
}
