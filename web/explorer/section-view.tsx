import { useState } from 'react';
import { KindBadge } from './badges';
import { pick, t, useLang } from './i18n';
import { Link } from './link';
import { useQuery } from './use-query';

const SECTION = `query ExplorerSection($paper: String!, $number: String!) {
  section(paper: $paper, number: $number) {
    number title titleZh: title(lang: ZH)
    path { number title titleZh: title(lang: ZH) }
    concepts(first: 100) { totalCount edges { node { key kind name nameZh: name(lang: ZH) } } }
  }
}`;

const CO_MENTIONS = `query ExplorerCoMentions($key: String!) {
  coMentioned(key: $key, first: 10) {
    count
    concept { key kind name nameZh: name(lang: ZH) }
    sharedSections { number }
  }
}`;

interface Named {
  key: string;
  kind: string;
  name: string;
  nameZh: string;
}

interface SectionData {
  section: {
    number: string;
    title: string;
    titleZh: string;
    path: { number: string; title: string; titleZh: string }[];
    concepts: { totalCount: number; edges: { node: Named }[] };
  } | null;
}

/** A heading: its concepts, and for the one picked, what the paper discusses alongside it. */
export function SectionView({ paper, number }: { paper: string; number: string }) {
  const lang = useLang();
  const { data, error } = useQuery<SectionData>(SECTION, { paper, number });
  const [picked, setPicked] = useState<string | undefined>();
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p>{t(lang, 'loading')}</p>;
  const section = data.section;
  if (!section) return <h1>{t(lang, 'sectionNotFound')}</h1>;
  const concepts = section.concepts.edges.map((e) => e.node);
  const current = concepts.find((c) => c.key === picked) ?? concepts[0];
  return (
    <article className="section-view">
      <nav aria-label="breadcrumbs" className="breadcrumbs">
        <Link to={{ view: 'outline' }}>{t(lang, 'outline')}</Link>
        {section.path.slice(0, -1).map((s) => (
          <span key={s.number}>
            {' › '}
            <Link to={{ view: 'section', number: s.number }}>{s.number}</Link>
          </span>
        ))}
      </nav>
      <h1>
        {section.number} {pick(lang, section.title, section.titleZh)}
      </h1>
      <div className="columns">
        <section aria-labelledby="section-concepts">
          <h2 id="section-concepts">
            {t(lang, 'sectionConcepts')} (
            <span className="section-total">{section.concepts.totalCount}</span>)
          </h2>
          <ul className="concept-list">
            {concepts.map((c) => (
              <li key={c.key} data-key={c.key}>
                <KindBadge kind={c.kind} />{' '}
                <Link to={{ view: 'concept', key: c.key }}>{pick(lang, c.name, c.nameZh)}</Link>{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={current?.key === c.key}
                  onClick={() => setPicked(c.key)}
                >
                  {t(lang, 'coMentions')}
                </button>
              </li>
            ))}
          </ul>
        </section>
        {current && <CoMentions concept={current} />}
      </div>
    </article>
  );
}

function CoMentions({ concept }: { concept: Named }) {
  const lang = useLang();
  const { data, error } = useQuery<{
    coMentioned: { count: number; concept: Named; sharedSections: { number: string }[] }[];
  }>(CO_MENTIONS, { key: concept.key });
  return (
    <section aria-labelledby="co-mentions" className="co-mentions">
      <h2 id="co-mentions">
        {t(lang, 'coMentioned')} {pick(lang, concept.name, concept.nameZh)}
      </h2>
      {error && <p role="alert">{error}</p>}
      {data && data.coMentioned.length === 0 && <p>{t(lang, 'noCoMentions')}</p>}
      <ul>
        {data?.coMentioned.map((m) => (
          <li key={m.concept.key}>
            <KindBadge kind={m.concept.kind} />{' '}
            <Link to={{ view: 'concept', key: m.concept.key }}>
              {pick(lang, m.concept.name, m.concept.nameZh)}
            </Link>{' '}
            <span className="muted">
              {t(lang, 'sharedSections')}: {m.sharedSections.map((s) => s.number).join(', ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
