import { pick, t, useLang } from './i18n';
import { Link } from './link';
import { useQuery } from './use-query';

const HEADING = `number title titleZh: title(lang: ZH) concepts(first: 0) { totalCount }`;
const OUTLINE = `query ExplorerOutline {
  papers {
    key title titleZh: title(lang: ZH) publishedOn
    outline { ${HEADING} children { ${HEADING} children { ${HEADING} } } }
  }
}`;

interface Heading {
  number: string;
  title: string;
  titleZh: string;
  concepts: { totalCount: number };
  children?: Heading[];
}

interface OutlineData {
  papers: {
    key: string;
    title: string;
    titleZh: string;
    publishedOn: string;
    outline: Heading[];
  }[];
}

function maxCount(headings: Heading[]): number {
  return Math.max(
    0,
    ...headings.map((h) => Math.max(h.concepts.totalCount, maxCount(h.children ?? []))),
  );
}

/** From pale (few concepts) to warm orange (the most), light enough for dark text on top. */
function heat(share: number): string {
  return `hsl(24 100% ${Math.round(97 - 25 * share)}%)`;
}

/** The table of contents, each heading shaded by how many concepts sit under it. */
export function OutlineView() {
  const lang = useLang();
  const { data, error } = useQuery<OutlineData>(OUTLINE, {});
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p>{t(lang, 'loading')}</p>;
  return (
    <>
      {data.papers.map((paper) => {
        const max = maxCount(paper.outline) || 1;
        const list = (headings: Heading[]) => (
          <ol>
            {headings.map((h) => (
              <li key={h.number}>
                <Link
                  to={{ view: 'section', number: h.number }}
                  className="heading-link"
                  title={`${h.concepts.totalCount} ${t(lang, 'conceptsUnder')}`}
                >
                  <span
                    className="heat"
                    style={{ background: heat(h.concepts.totalCount / max) }}
                    aria-hidden="true"
                  />
                  <span className="heading-number">{h.number}</span>
                  <span className="heading-title">{pick(lang, h.title, h.titleZh)}</span>
                  <span className="heading-count" data-number={h.number}>
                    {h.concepts.totalCount}
                  </span>
                </Link>
                {h.children && h.children.length > 0 && list(h.children)}
              </li>
            ))}
          </ol>
        );
        return (
          <article key={paper.key} className="outline">
            <h1>{pick(lang, paper.title, paper.titleZh)}</h1>
            <p className="muted">
              {paper.publishedOn} · {t(lang, 'outline')}
            </p>
            <nav aria-label={t(lang, 'outline')}>{list(paper.outline)}</nav>
          </article>
        );
      })}
    </>
  );
}
