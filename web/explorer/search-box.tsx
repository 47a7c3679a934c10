import { KeyboardEvent, useEffect, useId, useState } from 'react';
import { graphql } from './api';
import { KIND_NAMES, named, pick, t, useLang } from './i18n';
import { KIND_COLOURS } from './kinds';

const SEARCH = `query ExplorerSearch($text: String!) {
  search(text: $text, first: 8) {
    concept { key kind name nameZh: name(lang: ZH) summary summaryZh: summary(lang: ZH) }
  }
}`;

interface Hit {
  key: string;
  kind: string;
  name: string;
  nameZh: string;
  summary: string | null;
  summaryZh: string | null;
}

function snippet(text: string | null): string {
  if (!text) return '';
  return text.length > 110 ? `${text.slice(0, 108)}…` : text;
}

/**
 * A combobox: the API's full-text search runs as the reader types (English or Chinese, small
 * typos tolerated); arrows move through the hits and Enter opens the highlighted one, the best
 * hit unless the reader moved.
 */
export function SearchBox(props: {
  label: string;
  onPick: (key: string) => void;
  className?: string;
}) {
  const lang = useLang();
  const id = useId();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [answered, setAnswered] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const wanted = text.trim();
    if (!wanted) {
      setHits([]);
      setAnswered('');
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      graphql<{ search: { concept: Hit }[] }>(SEARCH, { text: wanted }).then(
        (data) => {
          if (!current) return;
          setHits(data.search.map((h) => h.concept));
          setAnswered(wanted);
          setActive(0);
        },
        () => current && setHits([]),
      );
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);

  const choose = (hit: Hit | undefined) => {
    if (!hit) return;
    setOpen(false);
    setText('');
    props.onPick(hit.key);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault();
      setActive((a) => (a - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(hits[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const showList = open && text.trim() !== '' && answered !== '';
  return (
    <div className={`search ${props.className ?? ''}`}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {props.label}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-activedescendant={showList && hits[active] ? `${id}-hit-${active}` : undefined}
        placeholder={t(lang, 'searchPlaceholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        className="search-hits"
        hidden={!showList}
        aria-label={props.label}
      >
        {hits.length === 0 && <li className="search-empty">{t(lang, 'noHits')}</li>}
        {hits.map((hit, index) => (
          <li
            key={hit.key}
            id={`${id}-hit-${index}`}
            role="option"
            aria-selected={index === active}
            data-key={hit.key}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(hit)}
          >
            <span className="kind" style={{ borderColor: KIND_COLOURS[hit.kind] }}>
              {named(KIND_NAMES, lang, hit.kind)}
            </span>{' '}
            <strong>{pick(lang, hit.name, hit.nameZh)}</strong>
            <span className="snippet">{snippet(pick(lang, hit.summary ?? '', hit.summaryZh))}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
