import { useEffect, useState } from 'react';
import { ConceptView } from './concept-view';
import { Lang, LangContext, t, useLang } from './i18n';
import { Link } from './link';
import { OutlineView } from './outline-view';
import { PathView } from './path-view';
import { navigate, Route, useRoute } from './route';
import { SearchBox } from './search-box';
import { SectionView } from './section-view';
import { useQuery } from './use-query';
import { WholeGraphView } from './whole-graph-view';

const PAPERS = `query ExplorerPapers { papers { key } }`;

function initialLang(): Lang {
  return localStorage.getItem('explorer-lang') === 'ZH' ? 'ZH' : 'EN';
}

function MissingView() {
  const lang = useLang();
  return (
    <>
      <h1>{t(lang, 'pageNotFound')}</h1>
      <p>
        <Link to={{ view: 'outline' }}>{t(lang, 'toOutline')}</Link>
      </p>
    </>
  );
}

function View({ route, paper }: { route: Route; paper?: string }) {
  switch (route.view) {
    case 'concept':
      return <ConceptView key={route.key} conceptKey={route.key} />;
    case 'section':
      return paper ? <SectionView key={route.number} paper={paper} number={route.number} /> : null;
    case 'path':
      return <PathView from={route.from} to={route.to} />;
    case 'graph':
      return <WholeGraphView />;
    case 'outline':
      return <OutlineView />;
    case 'missing':
      return <MissingView />;
  }
}

export function App() {
  const route = useRoute();
  const [lang, setLang] = useState(initialLang);
  const papers = useQuery<{ papers: { key: string }[] }>(PAPERS, {});
  useEffect(() => {
    localStorage.setItem('explorer-lang', lang);
    document.documentElement.lang = lang === 'ZH' ? 'zh' : 'en';
    document.title = t(lang, 'title');
  }, [lang]);
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [route]);
  const current = (view: Route['view']) => (route.view === view ? 'page' : undefined);

  return (
    <LangContext.Provider value={lang}>
      <a className="skip-link" href="#main">
        {t(lang, 'skip')}
      </a>
      <header className="top">
        <Link to={{ view: 'outline' }} className="brand">
          {t(lang, 'title')}
        </Link>
        <SearchBox
          className="top-search"
          label={t(lang, 'searchLabel')}
          onPick={(key) => navigate({ view: 'concept', key })}
        />
        <nav aria-label="views" className="views">
          <span aria-current={current('outline')}>
            <Link to={{ view: 'outline' }}>{t(lang, 'outline')}</Link>
          </span>
          <span aria-current={current('path')}>
            <Link to={{ view: 'path' }}>{t(lang, 'pathFinder')}</Link>
          </span>
          <span aria-current={current('graph')}>
            <Link to={{ view: 'graph' }}>{t(lang, 'wholeGraph')}</Link>
          </span>
          <a href="/graphql">{t(lang, 'graphiql')}</a>
          <button
            type="button"
            className="lang-switch"
            lang={lang === 'EN' ? 'zh' : 'en'}
            title={t(lang, 'switchLangLabel')}
            onClick={() => setLang(lang === 'EN' ? 'ZH' : 'EN')}
          >
            {t(lang, 'switchLang')}
          </button>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {papers.error && <p role="alert">{papers.error}</p>}
        <View route={route} paper={papers.data?.papers[0]?.key} />
      </main>
    </LangContext.Provider>
  );
}
