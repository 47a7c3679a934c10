import { toGlobalId } from '../../graphql/ids';

export interface SectionRecord {
  id: string;
  key: string;
  paper: string;
  number: string;
  title: string;
  titleZh: string | null;
  level: number;
  order: number;
}

/** The key of a section is its paper's key and its printed number. */
export function sectionKey(paper: string, number: string): string {
  return `${paper}/${number}`;
}

export function toSection(props: Record<string, unknown>): SectionRecord {
  const key = String(props.key);
  return {
    id: toGlobalId('Section', key),
    key,
    paper: String(props.paper),
    number: String(props.number),
    title: String(props.title),
    titleZh: (props.titleZh as string | undefined) || null,
    level: Number(props.level),
    order: Number(props.order),
  };
}
