import { Loaders } from '../../graphql/loaders';
import { SectionRecord } from '../section/section.record';
import { PaperOutline } from './paper.repository';

/**
 * Hands a paper's whole outline to the loaders its fields read: chapters, every section's
 * children (empty for leaves, so they ask nothing either), parents and the section count.
 */
export function primeOutline(loaders: Loaders, { paper, sections }: PaperOutline): void {
  const children = new Map<string, SectionRecord[]>();
  const byKey = new Map(sections.map(({ section }) => [section.key, section]));
  const chapters: SectionRecord[] = [];
  for (const { section, parent } of sections) {
    children.set(section.key, []);
    loaders.sectionsByKeys.prime(section.key, section);
    loaders.sectionParents.prime(section.key, parent ? (byKey.get(parent) ?? null) : null);
  }
  // Sections arrive in reading order, so each list of children is in order too.
  for (const { section, parent } of sections) {
    if (parent) children.get(parent)?.push(section);
    else chapters.push(section);
  }
  for (const [key, list] of children) loaders.sectionChildren.prime(key, list);
  loaders.paperOutlines.prime(paper.key, chapters);
  loaders.paperSectionCounts.prime(paper.key, sections.length);
}
