import { useEffect, useMemo, useState } from 'react';
import { GraphCanvas } from './graph-canvas';
import { BASIS_NAMES, KIND_NAMES, named, pick, t, useLang } from './i18n';
import { BASES, KIND_COLOURS, KINDS } from './kinds';
import { navigate } from './route';
import { loadWholeGraph, MAX_CONCEPTS, WholeGraph } from './whole-graph-data';

function toggle(set: Set<string>, value: string): Set<string> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

/** Every concept and relation at once, filtered by kind and by evidence basis. */
export function WholeGraphView() {
  const lang = useLang();
  const [graph, setGraph] = useState<WholeGraph | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [kinds, setKinds] = useState(() => new Set(KINDS));
  const [bases, setBases] = useState(() => new Set(BASES));
  useEffect(() => {
    loadWholeGraph().then(setGraph, (e: Error) => setError(e.message));
  }, []);

  const shown = useMemo(() => {
    if (!graph) return undefined;
    const nodes = graph.nodes.filter((n) => kinds.has(n.kind) && n.bases.some((b) => bases.has(b)));
    const keys = new Set(nodes.map((n) => n.key));
    return {
      nodes: nodes.map((n) => ({ key: n.key, kind: n.kind, label: pick(lang, n.name, n.nameZh) })),
      edges: graph.edges.filter(
        (e) => keys.has(e.from) && keys.has(e.to) && e.bases.some((b) => bases.has(b)),
      ),
    };
  }, [graph, kinds, bases, lang]);

  return (
    <article className="whole-graph">
      <h1>{t(lang, 'wholeGraph')}</h1>
      <div className="filters">
        <fieldset>
          <legend>{t(lang, 'kinds')}</legend>
          {KINDS.map((kind) => (
            <label key={kind} className="filter">
              <input
                type="checkbox"
                name="kind"
                value={kind}
                checked={kinds.has(kind)}
                onChange={() => setKinds(toggle(kinds, kind))}
              />
              <span
                className="swatch"
                style={{ background: KIND_COLOURS[kind] }}
                aria-hidden="true"
              />{' '}
              {named(KIND_NAMES, lang, kind)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t(lang, 'bases')}</legend>
          {BASES.map((basis) => (
            <label key={basis} className="filter">
              <input
                type="checkbox"
                name="basis"
                value={basis}
                checked={bases.has(basis)}
                onChange={() => setBases(toggle(bases, basis))}
              />{' '}
              {named(BASIS_NAMES, lang, basis)}
            </label>
          ))}
        </fieldset>
      </div>
      {error && <p role="alert">{error}</p>}
      {!graph && !error && <p>{t(lang, 'loading')}</p>}
      {shown && (
        <>
          <p
            className="muted"
            data-shown-nodes={shown.nodes.length}
            data-shown-edges={shown.edges.length}
          >
            {t(lang, 'showing')}: {shown.nodes.length} {t(lang, 'conceptsUnder')},{' '}
            {shown.edges.length} {t(lang, 'relationsUnder')}
            {graph?.capped && ` (≤ ${MAX_CONCEPTS})`}
          </p>
          <GraphCanvas
            dense
            nodes={shown.nodes}
            edges={shown.edges}
            label={t(lang, 'wholeGraph')}
            onOpen={(key) => navigate({ view: 'concept', key })}
          />
        </>
      )}
    </article>
  );
}
