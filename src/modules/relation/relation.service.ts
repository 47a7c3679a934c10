import { Loaders } from '../../graphql/loaders';
import { Lang } from '../common/common.enums';
import { pickText } from '../common/localized-text.type';
import { RelationRecord } from './relation.record';
import { relationSentence } from './relation.sentence';

/** Loads the names and section numbers a relation's sentence needs (batched per request). */
export async function describeRelation(
  relation: RelationRecord,
  lang: Lang,
  loaders: Loaders,
): Promise<string> {
  const [from, to, sections] = await Promise.all([
    relation.ends?.from ?? loaders.conceptsByKeys.load(relation.from),
    relation.ends?.to ?? loaders.conceptsByKeys.load(relation.to),
    loaders.sectionsByKeys.loadMany(relation.evidence.map((e) => e.sectionKey)),
  ]);
  const name = (concept: typeof from, key: string) =>
    concept ? pickText(lang, concept.name, concept.nameZh) : key;
  return relationSentence(
    {
      type: relation.type,
      from: name(from, relation.from),
      fromPlural: from?.plural ?? false,
      to: name(to, relation.to),
      evidence: relation.evidence.flatMap((e, i) => {
        const section = sections[i];
        return section && !(section instanceof Error)
          ? [{ section: section.number, basis: e.basis }]
          : [];
      }),
    },
    lang,
  );
}
