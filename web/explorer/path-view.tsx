import { useMemo } from 'react';
import { EvidenceBadge, EvidenceItem } from './badges';
import { GraphCanvas } from './graph-canvas';
import { pick, t, useLang } from './i18n';
import { Link } from './link';
import { navigate } from './route';
import { SearchBox } from './search-box';
import { useQuery } from './use-query';

const PATHS = `query ExplorerPaths($from: String!, $to: String!) {
  paths(from: $from, to: $to, first: 3, maxHops: 4) {
    length
    concepts { key kind name nameZh: name(lang: ZH) }
    relations {
      type sentence sentenceZh: sentence(lang: ZH) from { key } to { key }
      evidence { basis sourceUrl section { number } }
    }
  }
}`;

const NAMES = `query ExplorerPathEnds($from: String!, $to: String!) {
  from: concept(key: $from) { key name nameZh: name(lang: ZH) }
  to: concept(key: $to) { key name nameZh: name(lang: ZH) }
}`;

interface PathData {
  paths: {
    length: number;
    concepts: { key: string; kind: string; name: string; nameZh: string }[];
    relations: {
      type: string;
      sentence: string;
      sentenceZh: string;
      from: { key: string };
      to: { key: string };
      evidence: EvidenceItem[];
    }[];
  }[];
}

type End = { key: string; name: string; nameZh: string } | null;

export function PathView({ from, to }: { from?: string; to?: string }) {
  const lang = useLang();
  const ends = useQuery<{ from: End; to: End }>(
    NAMES,
    { from: from ?? '', to: to ?? '' },
    !from && !to,
  );
  const answer = useQuery<PathData>(PATHS, { from, to }, !from || !to);
  const graph = useMemo(() => {
    if (!answer.data) return undefined;
    const nodes = new Map<string, { key: string; kind: string; label: string }>();
    const edges = new Map<string, { from: string; to: string; type: string }>();
    for (const path of answer.data.paths) {
      for (const c of path.concepts)
        nodes.set(c.key, { key: c.key, kind: c.kind, label: pick(lang, c.name, c.nameZh) });
      for (const r of path.relations)
        edges.set(`${r.from.key}|${r.type}|${r.to.key}`, {
          from: r.from.key,
          to: r.to.key,
          type: r.type,
        });
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()] };
  }, [answer.data, lang]);
  const centre = useMemo(() => [from, to].filter((k): k is string => Boolean(k)), [from, to]);
  const name = (end: End | undefined, key?: string) =>
    end ? pick(lang, end.name, end.nameZh) : key;

  const picker = (which: 'from' | 'to', key?: string) => (
    <div className="path-end" data-end={which}>
      <span className="path-end-label">{t(lang, which)}</span>
      {key ? (
        <>
          <Link to={{ view: 'concept', key }}>{name(ends.data?.[which], key)}</Link>{' '}
          <button
            type="button"
            onClick={() => navigate(which === 'from' ? { view: 'path' } : { view: 'path', from })}
          >
            {t(lang, 'change')}
          </button>
        </>
      ) : which === 'to' && !from ? (
        <span className="path-end-waiting">—</span>
      ) : (
        <SearchBox
          label={t(lang, which)}
          onPick={(picked) =>
            navigate({ view: 'path', from: from ?? picked, to: from ? picked : undefined })
          }
        />
      )}
    </div>
  );

  return (
    <article className="path-finder">
      <h1>{t(lang, 'pathFinder')}</h1>
      <p>{t(lang, 'pathIntro')}</p>
      <div className="path-ends">
        {picker('from', from)}
        {picker('to', to)}
      </div>
      {answer.error && <p role="alert">{answer.error}</p>}
      {from && to && !answer.data && !answer.error && <p>{t(lang, 'loading')}</p>}
      {answer.data && answer.data.paths.length === 0 && <p>{t(lang, 'noPath')}</p>}
      {graph && graph.nodes.length > 0 && (
        <GraphCanvas
          nodes={graph.nodes}
          edges={graph.edges}
          centre={centre}
          label={t(lang, 'pathFinder')}
          onOpen={(key) => navigate({ view: 'concept', key })}
        />
      )}
      {answer.data?.paths.map((path, i) => (
        <section key={i} className="path" data-length={path.length}>
          <h2>
            {t(lang, 'path')} {i + 1} · {path.length} {t(lang, path.length === 1 ? 'hop' : 'hops')}
          </h2>
          <ol>
            {path.relations.map((r, j) => (
              <li key={j} className="hop">
                <span className="hop-sentence">{pick(lang, r.sentence, r.sentenceZh)}</span>{' '}
                {r.evidence.map((e, k) => (
                  <EvidenceBadge key={k} evidence={e} />
                ))}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </article>
  );
}
