import { useEffect, useState } from 'preact/hooks';
import {
  keepPageSilence,
  pageSilenceOf,
  undoPageSilence,
  watchSettings,
  type Silence,
} from '../lib/client/settings';
import { useI18n } from './i18n';

/**
 * Shown in the popup and side panel of a site whose in-page prompt was turned off from the page
 * itself: a click there may have been meant for something the page laid over it, so the person
 * can undo it here, in the extension's own page, or confirm it.
 */
export function SilenceNotice({ url }: { url: string | undefined }) {
  const { t, locale } = useI18n();
  const host = hostOf(url);
  const [silence, setSilence] = useState<Silence | null>(null);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    if (!host) return;
    const load = () => void pageSilenceOf(host).then(setSilence, () => setSilence(null));
    load();
    return watchSettings(load);
  }, [host]);
  if (!host) return null;
  if (done) {
    return (
      <p class="card silence-notice" role="status">
        {done}
      </p>
    );
  }
  if (!silence) return null;
  const format = (iso: string) => new Date(iso).toLocaleString(locale);
  return (
    <section class="card silence-notice" role="alert" data-host={host}>
      <p>
        {t('silence.notice', { host, time: format(silence.at) })}{' '}
        {silence.until === 'always'
          ? t('silence.notice.always')
          : t('silence.notice.until', { time: format(silence.until) })}
      </p>
      <p class="silence-notice__actions">
        <button
          type="button"
          class="button button--primary"
          onClick={() =>
            void undoPageSilence(host).then(() => setDone(t('silence.undone', { host })))
          }
        >
          {t('silence.undo')}
        </button>{' '}
        <button type="button" class="button" onClick={() => void keepPageSilence(host)}>
          {t('silence.keep')}
        </button>
      </p>
    </section>
  );
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
