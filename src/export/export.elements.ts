import { Props } from './export.reader';

/**
 * A relation keeps its evidence as parallel lists (a relationship cannot point at a section);
 * exports turn them back into one object per evidence item, '' meaning "none".
 */
const EVIDENCE_LISTS: Readonly<Record<string, string>> = {
  evidenceSections: 'section',
  evidenceBases: 'basis',
  evidenceSourceUrls: 'sourceUrl',
  evidenceNotes: 'note',
  evidenceQuotes: 'quote',
};

export function splitRelationProps(props: Props): { evidence: Props[]; rest: Props } {
  const rest: Props = {};
  const lists: [string, unknown[]][] = [];
  for (const [name, value] of Object.entries(props)) {
    if (name in EVIDENCE_LISTS && Array.isArray(value)) lists.push([EVIDENCE_LISTS[name], value]);
    else rest[name] = value;
  }
  const count = Math.max(0, ...lists.map(([, values]) => values.length));
  const evidence = Array.from({ length: count }, (_, i) =>
    sorted(
      Object.fromEntries(
        lists.flatMap(([field, values]) =>
          values[i] === '' || values[i] === undefined || values[i] === null
            ? []
            : [[field, values[i]]],
        ),
      ),
      ['section', 'basis'],
    ),
  );
  return { evidence, rest };
}

/** The same properties with `first` in that order, then the others by name: stable output. */
export function sorted(props: Props, first: string[] = ['key']): Props {
  const head = first.filter((name) => name in props);
  const tail = Object.keys(props)
    .filter((name) => !first.includes(name))
    .sort();
  return Object.fromEntries([...head, ...tail].map((name) => [name, props[name]]));
}

/** Concept, fact and paper evidence: `section` (its key) and `basis` first, then the rest. */
export const evidenceItem = (item: Props): Props => sorted(item, ['section', 'basis']);

/** The label a node is identified by in formats with one id space. */
const PRIMARY_LABELS = ['Paper', 'Section', 'Concept', 'Fact'];
export function primaryLabel(labels: string[]): string {
  return PRIMARY_LABELS.find((label) => labels.includes(label)) ?? labels[0];
}

/** `Concept:cross-chain`: keys are unique per label, so the label makes an id unique overall. */
export const nodeId = (labels: string[], key: string) => `${primaryLabel(labels)}:${key}`;
