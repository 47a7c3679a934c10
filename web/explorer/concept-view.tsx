import { useMemo, useState } from 'react';
import { EvidenceBadge, EvidenceItem, KindBadge } from './badges';
import { GraphCanvas } from './graph-canvas';
import { named, pick, RELATION_NAMES, t, useLang } from './i18n';
import { Link } from './link';
import { navigate } from './route';
import { useQuery } from './use-query';

const CONCEPT = `query ExplorerConcept($key: String!) {
  concept(key: $key) {
    key kind
    names { lang text original }
    aliases
    summary summaryZh: summary(lang: ZH)
    evidence { basis sourceUrl section { number title titleZh: title(lang: ZH) } }
    relations(first: 100) {
      totalCount
      edges { node { type sentence sentenceZh: sentence(lang: ZH) from { key } to { key } } }
    }
  }
  facts(about: $key, first: 20) {
    key statement statementZh: statement(lang: ZH)
    evidence { basis sourceUrl section { number } }
  }
}`;

const NEIGHBOURHOOD = `query ExplorerNeighbourhood($key: String!, $depth: Int!) {
  neighborhood(key: $key, depth: $depth, limit: 100) {
    truncated
    nodes { key kind name nameZh: name(lang: ZH) }
    edges { type from { key } to { key } }
  }
}`;

interface RelationEdge {
  node: {
    type: string;
    sentence: string;
    sentenceZh: string;
    from: { key: string };
    to: { key: string };
  };
}

interface ConceptData {
  concept: {
    key: string;
    kind: string;
    names: { lang: 'EN' | 'ZH'; text: string; original: boolean }[];
    aliases: string[];
    summary: string | null;
    summaryZh: string | null;
    evidence: (EvidenceItem & { section: { title: string; titleZh: string } })[];
    relations: { totalCount: number; edges: RelationEdge[] };
  } | null;
  facts: { key: string; statement: string; statementZh: string; evidence: EvidenceItem[] }[];
}

interface NeighbourhoodData {
  neighborhood: {
    truncated: boolean;
    nodes: { key: string; kind: string; name: string; nameZh: string }[];
    edges: { type: string; from: { key: string }; to: { key: string } }[];
  };
}

export function ConceptView({ conceptKey }: { conceptKey: string }) {
  const lang = useLang();
  const { data, error, loading } = useQuery<ConceptData>(CONCEPT, { key: conceptKey });
  if (error) return <p role="alert">{error}</p>;
  if (!data || (loading && data.concept?.key !== conceptKey)) return <p>{t(lang, 'loading')}</p>;
  const concept = data.concept;
  if (!concept) return <h1>{t(lang, 'notFound')}</h1>;
  const en = concept.names.find((n) => n.lang === 'EN');
  const zh = concept.names.find((n) => n.lang === 'ZH');
  const groups = new Map<string, RelationEdge[]>();
  for (const edge of concept.relations.edges) {
    groups.set(edge.node.type, [...(groups.get(edge.node.type) ?? []), edge]);
  }

  return (
    <article className="concept">
      <header>
        <h1>{pick(lang, en?.text ?? concept.key, zh?.text)}</h1>
        <KindBadge kind={concept.kind} />
      </header>
      <section aria-labelledby="names-heading">
        <h2 id="names-heading" className="visually-hidden">
          {t(lang, 'names')}
        </h2>
        <dl className="names">
          {concept.names.map((n) => (
            <div key={n.lang} data-lang={n.lang}>
              <dt lang={n.lang === 'ZH' ? 'zh' : 'en'}>{n.text}</dt>
              <dd>{n.original ? t(lang, 'original') : t(lang, 'translation')}</dd>
            </div>
          ))}
        </dl>
        {(concept.summary || concept.summaryZh) && (
          <p className="summary">{pick(lang, concept.summary ?? '', concept.summaryZh)}</p>
        )}
        {concept.aliases.length > 0 && (
          <p className="aliases">
            {t(lang, 'aliases')}: {concept.aliases.join(', ')}
          </p>
        )}
      </section>
      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">{t(lang, 'evidence')}</h2>
        <ul className="evidence">
          {concept.evidence.map((e, i) => (
            <li key={i}>
              <EvidenceBadge evidence={e} /> {pick(lang, e.section.title, e.section.titleZh)}
            </li>
          ))}
        </ul>
      </section>
      {data.facts.length > 0 && (
        <section aria-labelledby="facts-heading">
          <h2 id="facts-heading">{t(lang, 'facts')}</h2>
          <ul className="facts">
            {data.facts.map((f) => (
              <li key={f.key}>
                {pick(lang, f.statement, f.statementZh)}{' '}
                {f.evidence.map((e, i) => (
                  <EvidenceBadge key={i} evidence={e} />
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="relations-heading">
        <h2 id="relations-heading">
          {t(lang, 'relations')} ({concept.relations.totalCount})
        </h2>
        {groups.size === 0 && <p>{t(lang, 'noRelations')}</p>}
        {[...groups].map(([type, edges]) => (
          <div key={type} className="relation-group" data-type={type}>
            <h3>{named(RELATION_NAMES, lang, type)}</h3>
            <ul>
              {edges.map(({ node }) => {
                const other = node.from.key === concept.key ? node.to.key : node.from.key;
                return (
                  <li key={`${node.from.key}|${node.to.key}`}>
                    <Link to={{ view: 'concept', key: other }}>
                      {pick(lang, node.sentence, node.sentenceZh)}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </section>
      <Neighbourhood conceptKey={concept.key} />
    </article>
  );
}

function Neighbourhood({ conceptKey }: { conceptKey: string }) {
  const lang = useLang();
  const [depth, setDepth] = useState(1);
  const { data, error } = useQuery<NeighbourhoodData>(NEIGHBOURHOOD, { key: conceptKey, depth });
  const graph = useMemo(() => {
    if (!data) return undefined;
    const { nodes, edges } = data.neighborhood;
    return {
      nodes: nodes.map((n) => ({ key: n.key, kind: n.kind, label: pick(lang, n.name, n.nameZh) })),
      edges: edges.map((e) => ({ from: e.from.key, to: e.to.key, type: e.type })),
    };
  }, [data, lang]);
  const centre = useMemo(() => [conceptKey], [conceptKey]);
  return (
    <section aria-labelledby="neighbourhood-heading" className="neighbourhood">
      <h2 id="neighbourhood-heading">{t(lang, 'neighbourhood')}</h2>
      <fieldset className="depth">
        <legend>{t(lang, 'depth')}</legend>
        {[1, 2, 3].map((d) => (
          <label key={d}>
            <input
              type="radio"
              name="depth"
              value={d}
              checked={depth === d}
              onChange={() => setDepth(d)}
            />{' '}
            {d}
          </label>
        ))}
      </fieldset>
      {error && <p role="alert">{error}</p>}
      {data?.neighborhood.truncated && (
        <p className="notice" data-truncated="true">
          {t(lang, 'truncated')}
        </p>
      )}
      {graph && (
        <GraphCanvas
          nodes={graph.nodes}
          edges={graph.edges}
          centre={centre}
          label={t(lang, 'neighbourhood')}
          onOpen={(key) => navigate({ view: 'concept', key })}
        />
      )}
    </section>
  );
}
