import { intlLocale } from '../lib/i18n';
import { dateTimeFormat } from '../lib/intl';
import type { SourceKind } from '../lib/numbers/check';
import type { Source } from '../lib/providers/schema';
import { useI18n } from './i18n';

/** `official-copy`… from a registry source type (press counts as secondary: a third party). */
export function sourceKindOf(source: Pick<Source, 'type'>): SourceKind {
  return source.type === 'press' || source.type === 'secondary' ? 'secondary' : source.type;
}

/** Who published a source: its host, or its citation. */
export function publisher(source: Pick<Source, 'url' | 'citation'>): string {
  if (source.url) return new URL(source.url).host.replace(/^www\./, '');
  return source.citation ?? '';
}

/**
 * How far a fact can be trusted and where it comes from: "official page · checked November
 * 2026 · source", or, for a third party's report, "reported by … — check inside the app first"
 * (never "confirmed").
 */
export function SourceNote({
  source,
  kind,
  checked,
}: {
  source: Pick<Source, 'url' | 'citation'>;
  kind: SourceKind;
  checked?: string;
}) {
  const { t, locale } = useI18n();
  const what =
    kind === 'secondary'
      ? t('sources.secondary', { publisher: publisher(source) })
      : t(`sources.${kind}`);
  const date = checked
    ? dateTimeFormat(intlLocale(locale), { year: 'numeric', month: 'long' }).format(
        new Date(`${checked.slice(0, 7)}-01T12:00:00Z`),
      )
    : null;
  return (
    <span class="source-note" data-source-kind={kind}>
      {what}
      {date && ` · ${t('sources.checked', { date })}`}
      {source.url && (
        <>
          {' · '}
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {t('contacts.source')}
          </a>
        </>
      )}
    </span>
  );
}
