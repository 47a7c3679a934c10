import { BASIS_NAMES, KIND_NAMES, named, t, useLang } from './i18n';
import { KIND_COLOURS } from './kinds';
import { Link } from './link';

export interface EvidenceItem {
  basis: string;
  sourceUrl: string | null;
  section: { number: string };
}

export function KindBadge({ kind }: { kind: string }) {
  const lang = useLang();
  return (
    <span className="kind" style={{ borderColor: KIND_COLOURS[kind] }}>
      {named(KIND_NAMES, lang, kind)}
    </span>
  );
}

/** heading / source (with its link) / curated, each with the section it points at. */
export function EvidenceBadge({ evidence }: { evidence: EvidenceItem }) {
  const lang = useLang();
  const basis = named(BASIS_NAMES, lang, evidence.basis);
  return (
    <span
      className={`badge basis-${evidence.basis.toLowerCase()}`}
      title={evidence.basis === 'CURATED' ? t(lang, 'curatedNote') : undefined}
    >
      {evidence.sourceUrl ? (
        <a href={evidence.sourceUrl} rel="noreferrer noopener" target="_blank">
          {basis}
        </a>
      ) : (
        basis
      )}{' '}
      <Link to={{ view: 'section', number: evidence.section.number }}>
        {evidence.section.number}
      </Link>
    </span>
  );
}
